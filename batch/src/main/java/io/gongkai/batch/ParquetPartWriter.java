package io.gongkai.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A part file as Parquet, written with parquet-hadoop directly (parquet-floor's stand-in Hadoop classes make that
 * possible without Hadoop): format version 2, SNAPPY. Strings are UTF-8 binaries, whole numbers INT32, decimals
 * {@code DECIMAL(18,4)} stored as INT64; every column is optional.
 *
 * <p>Written for speed, since a batch run writes a record for every published table cell: fields are written by
 * position; a string written before in the same column (the file, region, side, column and row names repeat from
 * record to record) reuses its UTF-8 bytes; and the columns whose values are almost all different (finding
 * messages and figures, cell amounts) are written without a dictionary, which would only be built to be thrown
 * away.
 */
final class ParquetPartWriter implements TablePartWriter {

    /** Columns written without dictionary encoding: nearly every value differs. */
    static final Set<String> PLAIN_COLUMNS = Set.of("amount", "message", "location", "expected", "actual",
            "difference", "sha256");

    private final ParquetWriter<Object[]> writer;

    ParquetPartWriter(TableSchema table, Path file) throws IOException {
        MessageType schema = messageType(table);
        Builder builder = new Builder(new LocalOutputFile(file), new RecordWriteSupport(table, schema))
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriterVersion(WriterVersion.PARQUET_2_0);
        for (Field field : table.fields()) {
            if (PLAIN_COLUMNS.contains(field.name())) {
                builder.withDictionaryEncoding(field.name(), false);
            }
        }
        this.writer = builder.build();
    }

    /** The Parquet schema of a table. */
    static MessageType messageType(TableSchema table) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Field field : table.fields()) {
            switch (field.type()) {
                case STRING -> builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(field.name());
                case INT -> builder.optional(PrimitiveTypeName.INT32).named(field.name());
                case DECIMAL -> builder.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.decimalType(FieldType.DECIMAL_SCALE, FieldType.DECIMAL_PRECISION))
                        .named(field.name());
                default -> throw new IllegalStateException("unknown field type " + field.type());
            }
        }
        return builder.named(table.name());
    }

    /**
     * The unscaled value at scale 4. Tables print at most two decimals (万元), so nothing is lost in practice; a
     * value with more than four is rounded half-even (CSV and JSON lines keep every digit). A value with at most
     * four decimals, nearly all of them, is scaled without a BigInteger.
     */
    static long unscaled(BigDecimal value) {
        if (value.scale() >= 0 && value.scale() <= FieldType.DECIMAL_SCALE) {
            return value.movePointRight(FieldType.DECIMAL_SCALE).longValueExact();
        }
        return value.setScale(FieldType.DECIMAL_SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    @Override
    public void write(Object[] record) throws IOException {
        writer.write(record);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {

        private final RecordWriteSupport support;

        Builder(LocalOutputFile file, RecordWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }

    /** Writes a record's fields by position. Not thread-safe: one per file. */
    private static final class RecordWriteSupport extends WriteSupport<Object[]> {

        /** The most distinct strings a column's encoding cache holds before it starts afresh. */
        private static final int ENCODED_LIMIT = 4096;

        private final MessageType schema;
        private final String[] names;
        private final FieldType[] types;
        /** Per column, the last string written and its UTF-8 bytes. */
        private final String[] lastStrings;
        private final Binary[] lastBinaries;
        /**
         * Per string column whose values repeat (the dictionary-encoded ones), the UTF-8 bytes of the strings
         * written so far; null for the others.
         */
        private final Map<String, Binary>[] encoded;
        private RecordConsumer consumer;

        @SuppressWarnings("unchecked")
        RecordWriteSupport(TableSchema table, MessageType schema) {
            this.schema = schema;
            List<Field> fields = table.fields();
            this.names = new String[fields.size()];
            this.types = new FieldType[fields.size()];
            this.encoded = new Map[fields.size()];
            for (int i = 0; i < types.length; i++) {
                names[i] = fields.get(i).name();
                types[i] = fields.get(i).type();
                if (types[i] == FieldType.STRING && !PLAIN_COLUMNS.contains(names[i])) {
                    encoded[i] = new HashMap<>();
                }
            }
            this.lastStrings = new String[types.length];
            this.lastBinaries = new Binary[types.length];
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Object[] record) {
            consumer.startMessage();
            for (int i = 0; i < types.length; i++) {
                Object value = record[i];
                if (value == null) {
                    continue;
                }
                String name = names[i];
                consumer.startField(name, i);
                switch (types[i]) {
                    case STRING -> consumer.addBinary(binary(i, (String) value));
                    case INT -> consumer.addInteger((Integer) value);
                    case DECIMAL -> consumer.addLong(unscaled((BigDecimal) value));
                    default -> throw new IllegalStateException("unknown field type " + types[i]);
                }
                consumer.endField(name, i);
            }
            consumer.endMessage();
        }

        private Binary binary(int column, String value) {
            String last = lastStrings[column];
            if (last != null && (last == value || last.equals(value))) {
                return lastBinaries[column];
            }
            Map<String, Binary> cache = encoded[column];
            Binary binary = cache == null ? null : cache.get(value);
            if (binary == null) {
                binary = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
                if (cache != null) {
                    if (cache.size() >= ENCODED_LIMIT) {
                        cache.clear();
                    }
                    cache.put(value, binary);
                }
            }
            lastStrings[column] = value;
            lastBinaries[column] = binary;
            return binary;
        }
    }
}
