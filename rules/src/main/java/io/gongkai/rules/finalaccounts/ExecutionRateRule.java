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

/** A self-evaluation's 执行率 = 全年执行数 ÷ 全年预算数. */
@RuleDoc(id = "FA-021", title = "绩效自评表执行率等于执行数除以全年预算数", category = Category.FINAL_ACCOUNTS,
        severity = Severity.ERROR, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "执行率是全年执行数与全年预算数之比（自评表备注4），算错会直接影响执行率得分。",
        basis = "项目支出绩效自评表 备注4；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class ExecutionRateRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (SelfEvaluation e : report.selfEvaluations()) {
            if (e.executionRate() == null || e.executed() == null || e.fullYearBudget() == null
                    || e.fullYearBudget().signum() == 0) {
                continue;
            }
            BigDecimal expected = Tolerance.percent(e.executed(), e.fullYearBudget(), e.executionRate());
            if (expected.compareTo(e.executionRate()) == 0) {
                continue;
            }
            FindingSink.Builder f = Verdicts.report(sink, Tolerance.share(e.executionRate(), e.executed(),
                    e.fullYearBudget()), "绩效自评表「" + e.projectName() + "」执行率为" + e.executionRate().toPlainString()
                    + "%，按执行数" + e.executed().toPlainString() + "÷全年预算数" + e.fullYearBudget().toPlainString()
                    + "计算应为" + expected.toPlainString() + "%");
            if (f != null) {
                SelfEvaluations.locate(f, e).values(expected, e.executionRate());
            }
        }
    }
}
