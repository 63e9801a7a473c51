package io.gongkai.rules.crosstable;

import io.gongkai.model.TableRow;
import io.gongkai.rules.ColumnLabels;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure as one or more tables publish it: a single cell, or a signed sum of cells (表2 合计 + 上年结转). A
 * table that has no row for a code still publishes a figure, an exact zero ({@link #absent}). Immutable.
 */
final class Figure {

    /** One published cell with its sign in the sum; a blank cell is an exact zero. */
    record Term(int table, TableRow row, String column, int sign) {

        boolean present() {
            return row.has(column);
        }

        BigDecimal value() {
            return row.amount(column);
        }

        String describe() {
            return "表" + table + "「" + RowNames.of(row) + "」" + ColumnLabels.label(column);
        }
    }

    private final List<Term> terms;
    private final List<Integer> tables;
    private final String label;
    /** The sum of the terms, once computed. */
    private BigDecimal value;

    private Figure(List<Term> terms, List<Integer> tables, String label) {
        this.terms = List.copyOf(terms);
        this.tables = List.copyOf(tables);
        this.label = label;
    }

    /** One published cell. */
    static Figure cell(int table, TableRow row, String column) {
        return new Figure(List.of(new Term(table, row, column, 1)), tableList(table), null);
    }

    /** {@code List.of(table)}, shared for the standard tables' numbers (a figure is made for every cell looked at). */
    private static List<Integer> tableList(int table) {
        return table >= 0 && table < TABLE_LISTS.length ? TABLE_LISTS[table] : List.of(table);
    }

    private static final List<Integer>[] TABLE_LISTS = tableLists(20);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Integer>[] tableLists(int size) {
        List<Integer>[] lists = new List[size];
        for (int n = 0; n < size; n++) {
            lists[n] = List.of(n);
        }
        return lists;
    }

    /** A table that has no row for what is looked for: it says zero. */
    static Figure absent(int table, String what) {
        return none(table, "表" + table + "无「" + what + "」行（视为0）");
    }

    /** A table that says zero without a cell to show for it (本表无数据), described by the label. */
    static Figure none(int table, String label) {
        return new Figure(List.of(), List.of(table), label);
    }

    Figure plus(int table, TableRow row, String column) {
        return with(new Term(table, row, column, 1));
    }

    Figure minus(int table, TableRow row, String column) {
        return with(new Term(table, row, column, -1));
    }

    /** This figure plus another (the other's terms keep their signs). */
    Figure plus(Figure other) {
        return join(other, 1);
    }

    /** This figure minus another. */
    Figure minus(Figure other) {
        return join(other, -1);
    }

    private Figure join(Figure other, int sign) {
        List<Term> all = new ArrayList<>(terms);
        for (Term t : other.terms) {
            all.add(new Term(t.table(), t.row(), t.column(), t.sign() * sign));
        }
        List<Integer> numbers = new ArrayList<>(tables);
        for (Integer n : other.tables) {
            if (!numbers.contains(n)) {
                numbers.add(n);
            }
        }
        String joined = label == null && other.label == null ? null
                : describe() + (sign > 0 ? "＋" : "－") + other.describe();
        return new Figure(all, numbers, joined);
    }

    private Figure with(Term term) {
        List<Term> all = new ArrayList<>(terms);
        all.add(term);
        List<Integer> numbers = new ArrayList<>(tables);
        if (!numbers.contains(term.table())) {
            numbers.add(term.table());
        }
        return new Figure(all, numbers, label == null ? null : label + (term.sign() > 0 ? "＋" : "－")
                + term.describe());
    }

    List<Term> terms() {
        return terms;
    }

    /** The tables that publish the figure. */
    List<Integer> tables() {
        return tables;
    }

    /** The exact sum of the printed cells. */
    BigDecimal value() {
        BigDecimal sum = value;
        if (sum == null) {
            sum = BigDecimal.ZERO;
            for (int i = 0, n = terms.size(); i < n; i++) {
                Term t = terms.get(i);
                BigDecimal v = t.value();
                sum = t.sign() > 0 ? sum.add(v) : sum.subtract(v);
            }
            value = sum; // the terms never change: computed once (a benign race between threads)
        }
        return sum;
    }

    /** The figure's value as a short text: 1554.77, or 788.00＋690.66＝1478.66 for a sum. */
    String valueText() {
        if (terms.size() <= 1) {
            return value().toPlainString();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (i > 0 || t.sign() < 0) {
                sb.append(t.sign() > 0 ? "＋" : "－");
            }
            sb.append(t.value().toPlainString());
        }
        return sb.append("＝").append(value().toPlainString()).toString();
    }

    /** 表2「216 商业服务业等支出」合计＋上年结转: the cells, a row named once for its consecutive cells. */
    String describe() {
        if (label != null) {
            return label;
        }
        StringBuilder sb = new StringBuilder();
        Term previous = null;
        for (Term t : terms) {
            boolean sameRow = previous != null && previous.table() == t.table() && previous.row() == t.row();
            if (previous != null || t.sign() < 0) {
                sb.append(t.sign() > 0 ? "＋" : "－");
            }
            sb.append(sameRow ? ColumnLabels.label(t.column()) : t.describe());
            previous = t;
        }
        return sb.toString();
    }

    /** The cell a finding about this figure points at: its first cell, or its table. */
    Location location() {
        if (terms.isEmpty()) {
            return Location.table(tables.get(0));
        }
        Term t = terms.get(0);
        return Location.cell(t.table(), RowNames.of(t.row()), t.column());
    }

    /** Adds every cell of the figure as evidence. */
    void addEvidence(FindingSink.Builder finding) {
        for (Term t : terms) {
            finding.evidence(t.table(), t.row(), t.column());
        }
    }
}
