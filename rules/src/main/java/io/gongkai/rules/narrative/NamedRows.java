package io.gongkai.rules.narrative;

import io.gongkai.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Table rows a narrative subject may name, each with its name as {@link RowMatcher} compares it
 * ({@link Subjects#rowName}: normalised, without its printed ordinal), worked out once for all the subjects
 * matched against the rows rather than once per subject and row.
 *
 * @param rows the rows, in printed order
 * @param names {@code Subjects.rowName(row.name())} of each row, in the same order
 */
record NamedRows(List<TableRow> rows, List<String> names) {

    NamedRows {
        rows = List.copyOf(rows);
        names = List.copyOf(names);
    }

    static NamedRows of(List<TableRow> rows) {
        List<String> names = new ArrayList<>(rows.size());
        for (TableRow row : rows) {
            names.add(Subjects.rowName(row.name()));
        }
        return new NamedRows(rows, names);
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
