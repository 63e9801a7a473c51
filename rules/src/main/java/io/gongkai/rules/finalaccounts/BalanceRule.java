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
import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.RoundingMode;

/** A self-evaluation's 资金结(转)余 = 全年预算数 − 全年执行数. */
@RuleDoc(id = "FA-023", title = "绩效自评表结余等于全年预算数减执行数", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "资金结转结余是全年预算中未执行的部分，应等于全年预算数减全年执行数。",
        basis = "项目支出绩效自评表样式（资金结(转)余）")
public final class BalanceRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            if (e.balance() == null || e.executed() == null || e.fullYearBudget() == null) {
                continue;
            }
            BigDecimal expected = e.fullYearBudget().subtract(e.executed());
            FindingSink.Builder f = Verdicts.report(sink, Tolerance.sum(e.fullYearBudget(),
                    List.of(e.executed(), e.balance())), "绩效自评表「" + e.projectName() + "」结余为"
                    + e.balance().toPlainString() + "万元，全年预算数" + e.fullYearBudget().toPlainString() + "减执行数"
                    + e.executed().toPlainString() + "应为" + expected.toPlainString() + "万元");
            if (f != null) {
                SelfEvaluations.locate(f, e).values(expected, e.balance());
            }
        }
    }
}
