package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Table 2 (预算收入总表) read for comparison: its 合计 column is this year's income (本年收入合计) and 上年结转 is
 * a column of its own. A template whose 合计 also holds the carry-over is recognised from the 合计 row and read
 * the same way.
 */
final class IncomeRows {

    static final List<String> SOURCES = List.of(Columns.GPB, Columns.FUND, Columns.SOE, Columns.SPECIAL,
            Columns.UNIT);

    private final CodedRows rows;
    private final boolean totalHoldsCarryover;

    private IncomeRows(CodedRows rows, boolean totalHoldsCarryover) {
        this.rows = rows;
        this.totalHoldsCarryover = totalHoldsCarryover;
    }

    static Optional<IncomeRows> of(Optional<DisclosureTable> table) {
        return table.map(t -> {
            CodedRows rows = CodedRows.of(t, Side.NONE);
            return new IncomeRows(rows, rows.total().map(IncomeRows::holdsCarryover).orElse(false));
        });
    }

    private static boolean holdsCarryover(TableRow total) {
        if (total.amount(Columns.CARRYOVER).signum() == 0) {
            return false;
        }
        Figure stated = Figure.cell(2, total, Columns.TOTAL);
        Figure sources = Figure.cell(2, total, SOURCES.get(0));
        for (String s : SOURCES.subList(1, SOURCES.size())) {
            sources = sources.plus(2, total, s);
        }
        return Figures.compare(stated, sources).contradicts()
                && !Figures.compare(stated, sources.plus(2, total, Columns.CARRYOVER)).contradicts();
    }

    /** The 类 rows by code. */
    Map<String, TableRow> classes() {
        Map<String, TableRow> classes = new LinkedHashMap<>();
        rows.byCode().forEach((code, row) -> {
            if (code.length() == 3) {
                classes.put(code, row);
            }
        });
        return classes;
    }

    CodedRows coded() {
        return rows;
    }

    int number() {
        return rows.number();
    }

    /** This year's income of a code (本年收入), or of the 合计 row when the code is null. */
    Figure current(String code) {
        Figure total = figure(code, Columns.TOTAL);
        if (total == null || !totalHoldsCarryover || total.terms().isEmpty()) {
            return total;
        }
        return total.minus(figure(code, Columns.CARRYOVER));
    }

    /** This year's income plus carry-over of a code, or of the 合计 row when the code is null. */
    Figure withCarryover(String code) {
        return totalHoldsCarryover ? figure(code, Columns.TOTAL) : figure(code, Columns.TOTAL, Columns.CARRYOVER);
    }

    /**
     * Columns of a code's row (their sum when several), or of the 合计 row when the code is null; null when the
     * table does not speak for the code.
     */
    Figure figure(String code, String... columns) {
        if (code != null) {
            return rows.figure(code, columns);
        }
        Figure figure = rows.totalFigure(columns[0]);
        for (int i = 1; figure != null && i < columns.length; i++) {
            figure = figure.plus(figure(null, columns[i]));
        }
        return figure;
    }
}
