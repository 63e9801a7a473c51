package io.gongkai.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A part file as CSV with a header line; null is an empty cell (so CSV cannot tell null from an empty text),
 * decimals as published (plain).
 */
final class CsvPartWriter implements TablePartWriter {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final OutputStream out;
    private final SequenceWriter writer;
    private final int width;

    CsvPartWriter(TableSchema table, Path file) throws IOException {
        this.width = table.fields().size();
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
        this.writer = MAPPER.writerFor(Object[].class).with(schema(table)).writeValues(out);
    }

    static CsvSchema schema(TableSchema table) {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true);
        table.fields().forEach(f -> builder.addColumn(f.name()));
        return builder.build();
    }

    @Override
    public void write(Object[] record) throws IOException {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            Object value = record[i];
            // An empty cell for null (Jackson's CSV writer drops null array elements, shifting the columns).
            cells[i] = value == null ? ""
                    : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        writer.write(cells);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            writer.close();
        }
    }
}
