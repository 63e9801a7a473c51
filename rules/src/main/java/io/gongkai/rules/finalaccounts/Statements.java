package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.gongkai.model.FactKind;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.ThreePublicItem;
import io.gongkai.model.FinalAccountsStatements.ThreePublicStatement;
import io.gongkai.model.NarrativeFact;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;

/** Comparisons of stated figures (情况说明) with tables and with their own arithmetic, for the narrative rules. */
final class Statements {

    private Statements() {
    }

    /** A stated amount against a table cell. */
    static void amount(FindingSink sink, String what, BigDecimal stated, int table, TableRow row, String column) {
        Agreement agreement = Tolerance.equal(stated, row.amount(column));
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        FindingSink.Builder f = Verdicts.report(sink, agreement, what + "为" + stated.toPlainString() + "万元，表"
                + table + "「" + io.gongkai.rules.RowNames.of(row) + "」为" + row.amount(column).toPlainString()
                + "万元");
        if (f != null) {
            f.at(new Location(table, io.gongkai.rules.RowNames.of(row), column, null))
                    .values(row.amount(column), stated).evidence(table, row, column);
        }
    }

    /** A stated amount against a figure derived from a table. */
    static void equal(FindingSink sink, String what, BigDecimal stated, String other, BigDecimal value, int table) {
        Agreement agreement = Tolerance.equal(stated, value);
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        FindingSink.Builder f = Verdicts.report(sink, agreement, what + "为"
                + stated.toPlainString() + "万元，" + other + "为" + value.toPlainString() + "万元");
        if (f != null) {
            f.at(Location.table(table)).values(value, stated);
        }
    }

    /** A stated total against stated parts. */
    static void sum(FindingSink sink, String what, BigDecimal total, List<BigDecimal> parts, String partsName) {
        Agreement agreement = Tolerance.sum(total, parts);
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal expected = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        FindingSink.Builder f = Verdicts.report(sink, agreement, what + "为"
                + total.toPlainString() + "万元，" + partsName + "合计" + expected.toPlainString() + "万元");
        if (f != null) {
            f.values(expected, total);
        }
    }

    /** A stated percentage against part ÷ whole. */
    static void share(FindingSink sink, String what, BigDecimal percent, BigDecimal part, BigDecimal whole,
                      String partName, String wholeName) {
        if (whole.signum() == 0) {
            return;
        }
        Agreement agreement = Tolerance.share(percent, part, whole);
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal expected = Tolerance.percent(part, whole, percent);
        FindingSink.Builder f = Verdicts.report(sink, agreement, what + "为"
                + percent.toPlainString() + "%，按" + partName + part.toPlainString() + "÷" + wholeName
                + whole.toPlainString() + "计算应为" + expected.toPlainString() + "%");
        if (f != null) {
            f.values(expected, percent);
        }
    }

    /** A stated change against its rate: B% = A ÷ (this year − A). */
    static void change(FindingSink sink, String what, ChangeStatement change) {
        if (change.amount() == null || change.change() == null || change.changeRate() == null) {
            return;
        }
        BigDecimal lastYear = change.amount().subtract(change.change());
        if (lastYear.signum() == 0) {
            return;
        }
        Agreement agreement = Tolerance.rate(change.changeRate(), change.change(), change.amount());
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        BigDecimal expected = Tolerance.percent(change.change(), lastYear, change.changeRate());
        FindingSink.Builder f = Verdicts.report(sink, agreement, what + "比上年变动" + change.change().toPlainString() + "万元、变动率"
                + change.changeRate().toPlainString() + "%，按上年" + lastYear.toPlainString() + "万元计算变动率应为"
                + expected.toPlainString() + "%");
        if (f != null) {
            f.values(expected, change.changeRate());
        }
    }
}
