package io.gongkai.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the records of one table into one part file. Not thread-safe: one writer per part. */
public interface TablePartWriter extends Closeable {

    /** Writes one record (values in the order of the table's fields). */
    void write(Object[] record) throws IOException;

    /** Opens a writer of a table in a format; the file must not exist yet. */
    static TablePartWriter open(TableFormat format, TableSchema table, Path file) throws IOException {
        return switch (format) {
            case PARQUET -> new ParquetPartWriter(table, file);
            case CSV -> new CsvPartWriter(table, file);
            case JSONL -> new JsonLinesPartWriter(table, file);
        };
    }
}
