package io.gongkai.rules.narrative;

import io.gongkai.model.SourceRef;
import io.gongkai.model.TableRow;
import io.gongkai.rules.ColumnLabels;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table figure a narrative statement should equal: one cell, the sum of several cells, or the zero of a table
 * published empty (本表无数据).
 *
 * @param label how the figure is named in messages: 表1「收入总计」金额
 * @param table the canonical number of the (first) table
 * @param row the row as printed, or null
 * @param column the canonical column, or null
 * @param cells the cells whose sum is the figure; empty for an empty table
 * @param emptySource where the empty table's title was read (only when {@code cells} is empty)
 * @param inferred whether the figure stands for the statement only through an identity (表6 公用经费 for
 *                 机关运行经费), so that a difference is a probable defect rather than a contradiction
 * @param alternative whether the figure is only another reading a template may mean (表4's 一般公共预算 column
 *                    for 五's total when 五 counts the carry-over in): agreeing with it clears the statement, but
 *                    a difference from it alone proves nothing
 */
record Figure(String label, int table, String row, String column, List<Cell> cells, SourceRef emptySource,
              boolean inferred, boolean alternative) {

    Figure {
        cells = List.copyOf(cells);
    }

    /** One published cell. */
    record Cell(int table, TableRow row, String column) {
        BigDecimal value() {
            return row.amount(column);
        }
    }

    static Figure cell(int table, TableRow row, String column) {
        return new Figure("表" + table + "「" + RowNames.of(row) + "」" + ColumnLabels.label(column), table,
                RowNames.of(row), column, List.of(new Cell(table, row, column)), null, false, false);
    }

    static Figure emptyTable(int table, SourceRef source) {
        return new Figure("表" + table + "（本表无数据）", table, null, null, List.of(), source, false, false);
    }

    /** The sum of several figures, named by the given label. */
    static Figure sum(String label, List<Figure> parts) {
        List<Cell> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.cells()));
        Figure first = parts.get(0);
        return new Figure(label, first.table(), null, null, all, first.emptySource(),
                parts.stream().anyMatch(Figure::inferred), parts.stream().anyMatch(Figure::alternative));
    }

    /** The same figure, marked as standing for the statement through an identity. */
    Figure asInferred() {
        return new Figure(label, table, row, column, cells, emptySource, true, alternative);
    }

    /** The same figure, marked as another reading only (see {@code alternative}). */
    Figure asAlternative() {
        return new Figure(label, table, row, column, cells, emptySource, inferred, true);
    }

    /** The published parts; blank cells are left out (an empty cell means exactly zero). */
    List<BigDecimal> parts() {
        List<BigDecimal> parts = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            BigDecimal v = c.row().amounts().get(c.column());
            if (v != null || c.row().has(c.column())) {
                parts.add(v);
            }
        }
        return parts;
    }

    /** The figure's value: the exact sum of its published parts. */
    BigDecimal value() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell c : cells) {
            BigDecimal v = c.row().amounts().get(c.column());
            if (v != null || c.row().has(c.column())) {
                sum = sum.add(v);
            }
        }
        return sum;
    }

    /** The tables involved. */
    int[] tables() {
        List<Integer> numbers = new ArrayList<>();
        numbers.add(table);
        cells.forEach(c -> numbers.add(c.table()));
        return numbers.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    /** Where a finding about this figure and a narrative section is. */
    Location location(String section) {
        return new Location(table, row, column, "情况说明" + section);
    }

    /** Adds the figure's cells as evidence. */
    FindingSink.Builder addEvidence(FindingSink.Builder finding) {
        if (cells.isEmpty()) {
            return finding.evidence(label, "0", emptySource);
        }
        for (Cell c : cells) {
            finding.evidence(c.table(), c.row(), c.column());
        }
        return finding;
    }
}
