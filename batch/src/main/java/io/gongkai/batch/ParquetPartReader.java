package io.gongkai.batch;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.io.api.Binary;

/**
 * Reads a Parquet part file with parquet-floor. A class of its own so that {@link TableFiles} loads without
 * parquet-floor (the Spark module leaves it out and reads only JSON lines and CSV through TableFiles).
 */
final class ParquetPartReader {

    private ParquetPartReader() {
    }

    static void read(Path part, TableSchema table, List<Object[]> records) throws IOException {
        Hydrator<Object[], Object[], String[]> hydrator = new Hydrator<>() {
            @Override
            public Object[] start() {
                return new Object[table.fields().size()];
            }

            @Override
            public Object[] add(Object[] record, String[] heading, Object value) {
                int i = table.indexOf(heading[heading.length - 1]);
                record[i] = fromParquet(table.fields().get(i).type(), value);
                return record;
            }

            @Override
            public Object[] finish(Object[] record) {
                return record;
            }
        };
        try (Stream<Object[]> stream = ParquetReader.streamContent(part.toFile(), hydrator)) {
            stream.forEach(records::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Object fromParquet(FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case DECIMAL -> BigDecimal.valueOf(((Number) value).longValue(), FieldType.DECIMAL_SCALE);
            case INT -> ((Number) value).intValue();
            case STRING -> value instanceof Binary b ? b.toStringUsingUTF8() : value.toString();
        };
    }

}
