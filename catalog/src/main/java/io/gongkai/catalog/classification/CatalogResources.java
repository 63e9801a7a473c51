package io.gongkai.catalog.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tab-separated reference files next to this class. Lines starting with {@code #} are
 * comments, the first other line is the column header, blank lines are skipped. Thread-safe.
 */
final class CatalogResources {
    private CatalogResources() {
    }

    /** The data rows of a resource, each with exactly {@code columns} cells, or empty if it is absent. */
    static Optional<List<String[]>> rows(String resource, int columns) {
        InputStream in = CatalogResources.class.getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(parse(reader, resource, columns));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classification resource " + resource, e);
        }
    }

    /** Like {@link #rows}, for a resource that must exist. */
    static List<String[]> requiredRows(String resource, int columns) {
        return rows(resource, columns).orElseThrow(() -> new IllegalStateException(
                "classification resource " + resource + " is missing from the classpath"));
    }

    private static List<String[]> parse(BufferedReader reader, String resource, int columns)
            throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean headerSeen = false;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                        + " tab-separated cells, found " + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
