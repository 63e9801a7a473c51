package io.gongkai.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A part file as JSON lines: one object per record with every field (null when absent); decimals are strings
 * (as in the canonical report JSON), whole numbers are numbers.
 */
final class JsonLinesPartWriter implements TablePartWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final List<Field> fields;
    private final JsonGenerator json;

    JsonLinesPartWriter(TableSchema table, Path file) throws IOException {
        this.fields = table.fields();
        this.json = JSON.createGenerator(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW),
                JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
    }

    @Override
    public void write(Object[] record) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            json.writeFieldName(fields.get(i).name());
            Object value = record[i];
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer n) {
                json.writeNumber(n);
            } else if (value instanceof BigDecimal d) {
                json.writeString(d.toPlainString());
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
