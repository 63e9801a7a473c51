package io.gongkai.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One standard table of a disclosure.
 *
 * @param type which standard table this is
 * @param title the title as published (with the year)
 * @param empty whether the table is published as having no data (注：本表无数据)
 * @param rows the rows in printed order
 * @param source where the table's title was read
 */
public record DisclosureTable(TableType type, String title, boolean empty, List<TableRow> rows, SourceRef source) {

    public DisclosureTable {
        rows = List.copyOf(rows);
        source = source == null ? SourceRef.NONE : source;
    }

    public DisclosureTable withRows(List<TableRow> value) {
        return new DisclosureTable(type, title, empty, value, source);
    }

    /** The canonical table number (1-13 for budgets). */
    public int number() {
        return type.number();
    }

    /** The first row with the given key. */
    public Optional<TableRow> row(String key) {
        for (TableRow r : rows) {
            if (r.isKey(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The first row on a side with the given key. */
    public Optional<TableRow> row(Side side, String key) {
        for (TableRow r : rows) {
            if (r.side() == side && r.isKey(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The first row with the given classification code. */
    public Optional<TableRow> rowByCode(String code) {
        for (TableRow r : rows) {
            if (code.equals(r.code())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public List<TableRow> rows(Side side) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow r : rows) {
            if (r.side() == side) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
