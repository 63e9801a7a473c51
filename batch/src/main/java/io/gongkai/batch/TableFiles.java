package io.gongkai.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a batch table back from its part files (every {@code part-*} file of the table's directory, in name
 * order), with the same libraries that wrote it. Values come back typed by the schema: decimals as
 * {@link BigDecimal} (Parquet's at scale 4, CSV's and JSON's as written), whole numbers as {@link Integer}.
 */
public final class TableFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private TableFiles() {
    }

    /** All records of a table under an output directory. */
    public static List<Object[]> read(Path outputDirectory, TableFormat format, TableSchema table)
            throws IOException {
        List<Object[]> records = new ArrayList<>();
        for (Path part : parts(outputDirectory.resolve(table.name()), format)) {
            switch (format) {
                case PARQUET -> ParquetPartReader.read(part, table, records);
                case CSV -> readCsv(part, table, records);
                case JSONL -> readJsonLines(part, table, records);
                default -> throw new IllegalStateException("unknown format " + format);
            }
        }
        return records;
    }

    /** The committed part files of one table directory, in name order. */
    static List<Path> parts(Path tableDirectory, TableFormat format) throws IOException {
        if (!Files.isDirectory(tableDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tableDirectory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("part-") && name.endsWith("." + format.extension());
            }).sorted().toList();
        }
    }

    private static void readCsv(Path part, TableSchema table, List<Object[]> records) throws IOException {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(part.toFile())) {
            if (rows.hasNext()) {
                rows.next(); // the header line
            }
            while (rows.hasNext()) {
                String[] cells = rows.next();
                Object[] record = new Object[table.fields().size()];
                for (int i = 0; i < record.length; i++) {
                    String cell = i < cells.length ? cells[i] : null;
                    record[i] = cell == null || cell.isEmpty() ? null : parse(table.fields().get(i).type(), cell);
                }
                records.add(record);
            }
        }
    }

    private static void readJsonLines(Path part, TableSchema table, List<Object[]> records) throws IOException {
        try (MappingIterator<JsonNode> lines = JSON.readerFor(JsonNode.class).readValues(part.toFile())) {
            while (lines.hasNext()) {
                JsonNode node = lines.next();
                Object[] record = new Object[table.fields().size()];
                for (int i = 0; i < record.length; i++) {
                    Field field = table.fields().get(i);
                    JsonNode value = node.get(field.name());
                    record[i] = value == null || value.isNull() ? null : parse(field.type(), value.asText());
                }
                records.add(record);
            }
        }
    }

    private static Object parse(FieldType type, String text) {
        return switch (type) {
            case DECIMAL -> new BigDecimal(text);
            case INT -> Integer.valueOf(text);
            case STRING -> text;
        };
    }
}
