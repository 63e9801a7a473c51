package io.gongkai.batch;

import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A part file as Parquet (parquet-floor: parquet-hadoop without Hadoop; SNAPPY). Strings are UTF-8 binaries,
 * whole numbers INT32, decimals {@code DECIMAL(18,4)} stored as INT64; every column is optional.
 */
final class ParquetPartWriter implements TablePartWriter {

    private final List<Field> fields;
    private final ParquetWriter<Object[]> writer;

    ParquetPartWriter(TableSchema table, Path file) throws IOException {
        this.fields = table.fields();
        this.writer = ParquetWriter.writeFile(messageType(table), file.toFile(), (record, values) -> {
            for (int i = 0; i < fields.size(); i++) {
                Object value = record[i];
                if (value != null) {
                    Field field = fields.get(i);
                    values.write(field.name(), field.type() == FieldType.DECIMAL ? unscaled((BigDecimal) value)
                            : value);
                }
            }
        });
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
     * value with more than four is rounded half-even (CSV and JSON lines keep every digit).
     */
    static Long unscaled(BigDecimal value) {
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
}
