package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.support.Tables;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lookups and sum checks over the final-accounts tables that several rules share. */
final class FaTables {

    private FaTables() {
    }

    static Optional<DisclosureTable> table(Report report, TableType type) {
        return Tables.of(report, type);
    }

    static Optional<TableRow> row(Report report, TableType type, Side side, String key) {
        return table(report, type).flatMap(t -> t.row(side, key));
    }

    /** The 合计 row of a coded table (02, 03, 05). */
    static Optional<TableRow> total(Report report, TableType type) {
        return row(report, type, Side.NONE, RowKeys.TOTAL);
    }

    /** The coded rows of a table at a level (1 类, 2 款, 3 项). */
    static List<TableRow> level(DisclosureTable table, int level) {
        return table.rows().stream().filter(r -> r.code() != null && r.level() == level).toList();
    }

    /** The 05 row of a 类 by its name (as the narrative names it), or empty. */
    static Optional<TableRow> gpbClassNamed(Report report, String name) {
        return table(report, TableType.FA_GPB_EXPENDITURE).flatMap(t -> level(t, 1).stream()
                .filter(r -> r.name().equals(name)).findFirst());
    }

    /** The amount of a table 10 row, blank as zero, or null without the row. */
    static BigDecimal related(Report report, String key) {
        return row(report, TableType.FA_RELATED_INFO, Side.NONE, key).map(r -> r.amount(Columns.AMOUNT))
                .orElse(null);
    }

    /**
     * Checks that a row's total column is the sum of the rows' columns (parts), reporting a contradiction at the
     * rule's severity and a rounding difference as INFO.
     */
    static void sum(FindingSink sink, int table, TableRow total, String totalColumn, List<TableRow> parts,
                    String partColumn, String what) {
        List<BigDecimal> values = new ArrayList<>();
        for (TableRow part : parts) {
            if (part.has(partColumn)) {
                values.add(part.amount(partColumn));
            }
        }
        Agreement agreement = Tolerance.sum(total.amount(totalColumn), values);
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal expected = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        FindingSink.Builder f = Verdicts.report(sink, agreement, "表" + table + "「" + RowNames.of(total) + "」"
                + io.gongkai.rules.ColumnLabels.label(totalColumn) + "为" + total.amount(totalColumn).toPlainString()
                + "，而" + what + "合计" + expected.toPlainString());
        if (f != null) {
            f.at(new Location(table, RowNames.of(total), totalColumn, null))
                    .values(expected, total.amount(totalColumn)).evidence(table, total, totalColumn);
            parts.forEach(p -> f.evidence(table, p, partColumn));
        }
    }

    /** Checks two cells that must be equal. */
    static void equal(FindingSink sink, int tableA, TableRow a, String columnA, int tableB, TableRow b,
                      String columnB) {
        Agreement agreement = Tolerance.equal(a.amount(columnA), b.amount(columnB));
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        FindingSink.Builder f = Verdicts.report(sink, agreement, "表" + tableA + "「" + RowNames.of(a) + "」"
                + io.gongkai.rules.ColumnLabels.label(columnA) + "为" + a.amount(columnA).toPlainString() + "，表"
                + tableB + "「" + RowNames.of(b) + "」" + io.gongkai.rules.ColumnLabels.label(columnB) + "为"
                + b.amount(columnB).toPlainString() + "，二者应相等");
        if (f != null) {
            f.at(new Location(tableA, RowNames.of(a), columnA, null)).tables(tableB)
                    .values(b.amount(columnB), a.amount(columnA))
                    .evidence(tableA, a, columnA).evidence(tableB, b, columnB);
        }
    }
}
