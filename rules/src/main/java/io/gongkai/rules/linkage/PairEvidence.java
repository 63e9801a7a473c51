package io.gongkai.rules.linkage;

import io.gongkai.model.TableRow;
import io.gongkai.rules.ColumnLabels;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RowNames;
import java.math.BigDecimal;

/**
 * Evidence of a linkage finding, naming which document a table cell is in (预算表5, 决算表9): table numbers alone
 * are ambiguous across the pair.
 */
final class PairEvidence {

    private PairEvidence() {
    }

    /** A cell of the budget. */
    static void budget(FindingSink.Builder b, int table, TableRow row, String column) {
        cell(b, "预算表", table, row, column);
    }

    /** A cell of the final accounts. */
    static void finalAccounts(FindingSink.Builder b, int table, TableRow row, String column) {
        cell(b, "决算表", table, row, column);
    }

    private static void cell(FindingSink.Builder b, String document, int table, TableRow row, String column) {
        BigDecimal v = row.amount(column);
        b.evidence(document + table + "「" + RowNames.of(row) + "」" + ColumnLabels.label(column),
                v == null ? "（空）" : v.toPlainString(), row.source());
    }
}
