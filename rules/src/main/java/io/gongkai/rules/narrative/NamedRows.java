package io.gongkai.rules.narrative;

import io.gongkai.model.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table rows a narrative subject may name, each with its name as {@link RowMatcher} compares it
 * ({@link Subjects#rowName}: normalised, without its printed ordinal), worked out once for all the subjects
 * matched against the rows rather than once per subject and row.
 *
 * @param rows the rows, in printed order
 * @param names {@code Subjects.rowName(row.name())} of each row, in the same order
 * @param byCore the rows by their name without 支出, each list in printed order (not to be changed)
 */
record NamedRows(List<TableRow> rows, List<String> names, Map<String, List<TableRow>> byCore) {

    NamedRows {
        rows = List.copyOf(rows);
        names = List.copyOf(names);
    }

    static NamedRows of(List<TableRow> rows) {
        List<String> names = new ArrayList<>(rows.size());
        Map<String, List<TableRow>> byCore = new HashMap<>();
        for (TableRow row : rows) {
            String name = Subjects.rowName(row.name());
            names.add(name);
            byCore.computeIfAbsent(Subjects.core(name), c -> new ArrayList<>()).add(row);
        }
        return new NamedRows(rows, names, byCore);
    }

    /** The rows whose name without 支出 ({@link Subjects#core}) is the given core, in printed order. */
    List<TableRow> withCore(String core) {
        return byCore.getOrDefault(core, List.of());
    }

    int size() {
        return rows.size();
    }

    TableRow row(int i) {
        return rows.get(i);
    }

    String name(int i) {
        return names.get(i);
    }
}
