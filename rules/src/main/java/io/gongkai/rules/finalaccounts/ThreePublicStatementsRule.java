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
 * The 三公 statements against 公开09: the total's 全年预算 and 支出决算 and each item's 支出决算, plus the arithmetic of
 * each stated change and of 完成全年预算的 %.
 */
@RuleDoc(id = "FA-013", title = "说明所述“三公”经费与决算表一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "“三公”经费是公开的重点，说明中的预算数、决算数、完成比例和增减应与“三公”经费决算表一致。",
        basis = "财政部部门决算公开说明模板：“三公”经费财政拨款支出决算情况说明")
public final class ThreePublicStatementsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        ThreePublicStatement s = report.narrative().finalAccounts().threePublic();
        item(report, sink, "“三公”经费", s.total(), RowKeys.TOTAL);
        item(report, sink, "因公出国（境）费", s.abroad(), RowKeys.ABROAD);
        item(report, sink, "公务用车购置费", s.vehiclePurchase(), RowKeys.VEHICLE_PURCHASE);
        item(report, sink, "公务用车运行维护费", s.vehicleOperation(), RowKeys.VEHICLE_OPERATION);
        item(report, sink, "公务接待费", s.reception(), RowKeys.RECEPTION);
    }

    private static void item(Report report, FindingSink sink, String name, ThreePublicItem item, String key) {
        Optional<DisclosureTable> table = FaTables.table(report, TableType.FA_THREE_PUBLIC);
        if (table.isPresent() && item.actual() != null) {
            Optional<TableRow> row = table.get().row(key);
            if (row.isPresent()) {
                Statements.amount(sink, "说明所述" + name + "支出决算", item.actual(), 9, row.get(), Columns.FINAL);
                if (item.budget() != null) {
                    Statements.amount(sink, "说明所述" + name + "全年预算", item.budget(), 9, row.get(),
                            Columns.BUDGET);
                }
            } else if (table.get().empty() && item.actual().signum() != 0) {
                sink.add("说明称" + name + "支出决算" + item.actual().toPlainString() + "万元，而“三公”经费决算表为空表")
                        .at(Location.table(9)).values(BigDecimal.ZERO, item.actual());
            }
        }
        if (item.budget() != null && item.actual() != null && item.completionRate() != null
                && item.budget().signum() != 0) {
            Statements.share(sink, name + "完成全年预算的比例", item.completionRate(), item.actual(), item.budget(),
                    "支出决算", "全年预算");
        }
        Statements.change(sink, name, item.change());
    }
}
