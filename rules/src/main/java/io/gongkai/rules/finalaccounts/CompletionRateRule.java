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
 * 完成年初预算的X%: the stated 支出决算 equals 公开05's 合计, and the rate equals 支出决算 ÷ 年初预算.
 */
@RuleDoc(id = "FA-011", title = "说明所述完成年初预算比例与决算数一致", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "完成年初预算的比例是决算数与年初预算数之比，说明所述的决算数应与一般公共预算财政拨款支出决算表一致。",
        basis = "财政部部门决算公开说明模板：一般公共预算财政拨款支出决算总体情况")
public final class CompletionRateRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        FinalAccountsStatements s = report.narrative().finalAccounts();
        if (s.finalExpenditure() == null) {
            return;
        }
        FaTables.total(report, TableType.FA_GPB_EXPENDITURE).ifPresent(total -> Statements.amount(sink,
                "说明所述一般公共预算财政拨款支出决算", s.finalExpenditure(), 5, total, Columns.TOTAL));
        if (s.initialBudget() != null && s.completionRate() != null) {
            Statements.share(sink, "完成年初预算的比例", s.completionRate(), s.finalExpenditure(), s.initialBudget(),
                    "支出决算", "年初预算");
        }
    }
}
