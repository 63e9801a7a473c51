package io.gongkai.rules.performance;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import java.math.BigDecimal;
import java.util.List;

/**
 * 年度资金总额 of a goal table (元) equals its project's amount in table 12 (万元 × 10000). A goal for a project that
 * also has carry-over in table 13 may state table 12 alone, table 13 alone, or both; any of them agrees.
 */
@RuleDoc(id = "PERF-001", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "绩效目标表年度资金总额与项目支出预算表一致",
        category = Category.PERFORMANCE, severity = Severity.ERROR,
        rationale = "绩效目标是对预算资金的承诺，年度资金总额与项目支出表金额不符，说明目标表与预算不对应，"
                + "绩效目标所依据的资金规模失真。",
        basis = "DOMAIN.md 恒等式12；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class GoalFundsMatchProjectTableRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        for (PerformanceGoal goal : report.performanceGoals()) {
            BigDecimal annual = goal.annualFunds().total();
            if (annual == null) {
                continue;
            }
            GoalProjects.match(report, goal).ifPresent(match -> check(goal, annual, match, sink));
        }
    }

    private static void check(PerformanceGoal goal, BigDecimal annual, GoalProjects.Match match, FindingSink sink) {
        int table = match.current().isEmpty() ? 13 : 12;
        List<TableRow> rows = match.current().isEmpty() ? match.carryover() : match.current();
        BigDecimal expected = table == 12 ? match.currentTotal() : match.carryoverTotal();
        Agreement agreement = GoalProjects.wanAgreesWithYuan(expected, annual);
        if (agreement.contradicts() && rows.size() > 1 && rows.stream()
                .anyMatch(r -> !GoalProjects.wanAgreesWithYuan(r.amount("total"), annual).contradicts())) {
            return; // the same project name under several units: the goal is one unit's
        }
        if (agreement.contradicts() && table == 12 && !match.carryover().isEmpty()
                && (!GoalProjects.wanAgreesWithYuan(match.carryoverTotal(), annual).contradicts()
                || !GoalProjects.wanAgreesWithYuan(expected.add(match.carryoverTotal()), annual).contradicts())) {
            return;
        }
        if (agreement == Agreement.EXACT) {
            return; // no finding: skip building its message
        }
        String message = "绩效目标表「" + goal.projectName() + "」年度资金总额为" + annual.toPlainString() + "元，而表"
                + table + "该项目「" + match.name() + "」为" + expected.toPlainString() + "万元（"
                + GoalProjects.toYuan(expected).toPlainString() + "元）";
        FindingSink.Builder finding = Verdicts.report(sink, agreement, message);
        if (finding == null) {
            return;
        }
        finding.at(GoalHalf.where(goal)).tables(table)
                .values(GoalProjects.toYuan(expected), annual)
                .evidence("绩效目标表「" + goal.projectName() + "」年度资金总额（元）", annual.toPlainString(),
                        goal.source());
        rows.forEach(r -> finding.evidence(table, r, "total"));
    }
}
