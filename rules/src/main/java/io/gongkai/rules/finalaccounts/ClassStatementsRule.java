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
 * Each 类 stated in 一般公共预算财政拨款支出决算具体情况: its amount equals 公开05's 类 row, its 占比 equals amount ÷
 * 公开05 合计, and its change agrees with its rate (B% = A ÷ (amount − A)).
 */
@RuleDoc(id = "FA-012", title = "说明所述各类支出金额、占比、增减与表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "说明中各类支出的金额、占比和同比增减应与决算表及其自身的算术一致，否则说明与报表相互矛盾。",
        basis = "DOMAIN.md 恒等式11；财政部部门决算公开说明模板")
public final class ClassStatementsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Optional<TableRow> total = FaTables.total(report, TableType.FA_GPB_EXPENDITURE);
        for (ClassStatement c : report.narrative().finalAccounts().classes()) {
            Optional<TableRow> row = FaTables.gpbClassNamed(report, c.name());
            if (row.isPresent() && c.amount() != null) {
                Statements.amount(sink, "说明所述" + c.name(), c.amount(), 5, row.get(), Columns.TOTAL);
            }
            if (total.isPresent() && c.share() != null && c.amount() != null) {
                Statements.share(sink, c.name() + "占比", c.share(), c.amount(), total.get().amount(Columns.TOTAL),
                        c.name(), "一般公共预算财政拨款支出合计");
            }
            Statements.change(sink, c.name(), c.change());
        }
    }
}
