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

/**
 * The totals the text states (收入总计, 支出总计, 本年收入合计, 财政拨款收入, 基本支出, 项目支出, 人员经费, 公用经费) equal
 * the tables (公开01, 02, 03, 06), and each 占比 in sections 二 and 三 equals its amount ÷ the stated whole.
 */
@RuleDoc(id = "FA-016", title = "说明所述收支总额、基本支出和项目支出与表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "说明中的收支总计、收入构成、支出构成和人员经费、公用经费应与决算报表一致。",
        basis = "DOMAIN.md 恒等式11；财政部部门决算公开说明模板")
public final class NarrativeTotalsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        fact(report, sink, "一", "收入总计", FaTables.row(report, TableType.FA_SUMMARY, Side.INCOME,
                RowKeys.INCOME_GRAND_TOTAL), 1, Columns.AMOUNT);
        fact(report, sink, "一", "支出总计", FaTables.row(report, TableType.FA_SUMMARY, Side.EXPENDITURE,
                RowKeys.EXPENDITURE_GRAND_TOTAL), 1, Columns.AMOUNT);
        fact(report, sink, "二", "收入合计", FaTables.total(report, TableType.FA_INCOME), 2, Columns.TOTAL);
        fact(report, sink, "二", "财政拨款收入", FaTables.total(report, TableType.FA_INCOME), 2, Columns.FISCAL);
        fact(report, sink, "三", "支出合计", FaTables.total(report, TableType.FA_EXPENDITURE), 3, Columns.TOTAL);
        fact(report, sink, "三", "基本支出", FaTables.total(report, TableType.FA_EXPENDITURE), 3, Columns.BASIC);
        fact(report, sink, "三", "项目支出", FaTables.total(report, TableType.FA_EXPENDITURE), 3, Columns.PROJECT);
        fact(report, sink, "六", "人员经费", FaTables.row(report, TableType.FA_GPB_BASIC_DETAIL, Side.NONE,
                RowKeys.PERSONNEL_TOTAL), 6, Columns.PERSONNEL);
        fact(report, sink, "六", "公用经费", FaTables.row(report, TableType.FA_GPB_BASIC_DETAIL, Side.NONE,
                RowKeys.PUBLIC_TOTAL), 6, Columns.PUBLIC);
        shares(report, sink, "二", "收入合计");
        shares(report, sink, "三", "支出合计");
    }

    private static void fact(Report report, FindingSink sink, String section, String subject, Optional<TableRow> row,
                             int table, String column) {
        if (row.isEmpty()) {
            return;
        }
        first(report, section, subject, FactKind.AMOUNT).ifPresent(f -> Statements.amount(sink,
                "情况说明" + section + "「" + f.subject() + "」", f.value(), table, row.get(), column));
    }

    /** Each AMOUNT followed by its SHARE in a section, against the section's whole. */
    private static void shares(Report report, FindingSink sink, String section, String wholeSubject) {
        Optional<NarrativeFact> whole = first(report, section, wholeSubject, FactKind.AMOUNT);
        if (whole.isEmpty() || whole.get().value().signum() == 0) {
            return;
        }
        List<NarrativeFact> facts = report.narrative().facts().stream()
                .filter(f -> f.section().equals(section)).toList();
        for (int i = 0; i + 1 < facts.size(); i++) {
            NarrativeFact amount = facts.get(i);
            NarrativeFact share = facts.get(i + 1);
            if (amount.kind() == FactKind.AMOUNT && share.kind() == FactKind.SHARE && "万元".equals(amount.unit())) {
                Statements.share(sink, "情况说明" + section + "「" + amount.subject() + "」占比", share.value(),
                        amount.value(), whole.get().value(), amount.subject(), wholeSubject);
            }
        }
    }

    private static Optional<NarrativeFact> first(Report report, String section, String subject, FactKind kind) {
        return report.narrative().facts().stream().filter(f -> f.section().equals(section) && f.kind() == kind
                && "万元".equals(f.unit()) && f.subject().endsWith(subject)).findFirst();
    }
}
