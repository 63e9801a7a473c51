package io.gongkai.rules.completeness;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.GoalProjects;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The amount of the published goals that 十、绩效管理 states (涉及项目金额572.00万元) equals Σ 年度资金总额 of the
 * attached goal tables (元 ÷ 10000). Judged only when the stated count matches the tables attached; a missing
 * table is {@link PublishedGoalCountMatchesAttachedRule}'s finding.
 */
@RuleDoc(id = "COMP-011", title = "说明中公开的绩效目标金额与所附目标表合计一致",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "说明中的公开目标金额应是所附目标表年度资金之和；两者不符，要么说明数字错，要么目标表资金填错。",
        basis = "DOMAIN.md 恒等式12")
public final class PublishedGoalAmountMatchesAttachedRule implements Rule {

    /**
     * The stated 万元 amount against the attached yuan: either as the rounded Σ of the yuan, or as Σ of each
     * table's amount rounded to 万元 (how a narrative adds up table 12), whichever agrees better.
     */
    private static Agreement agreement(BigDecimal stated, Report report, BigDecimal yuan) {
        Agreement whole = GoalProjects.wanAgreesWithYuan(stated, yuan);
        if (whole == Agreement.EXACT) {
            return whole;
        }
        List<BigDecimal> parts = new ArrayList<>();
        for (PerformanceGoal goal : report.performanceGoals()) {
            BigDecimal t = goal.annualFunds().total() != null ? goal.annualFunds().total() : goal.periodFunds().total();
            if (t != null) {
                parts.add(GoalProjects.toWan(t));
            }
        }
        Agreement byParts = Tolerance.sum(stated, parts);
        return byParts.ordinal() < whole.ordinal() ? byParts : whole;
    }

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || report.performanceGoals().isEmpty()) {
            return;
        }
        PublishedGoalStatement statement = PublishedGoalStatement.published(report).orElse(null);
        if (statement == null || statement.amount() == null
                || statement.count().value().intValue() != report.performanceGoals().size()) {
            return;
        }
        NarrativeFact amount = statement.amount();
        BigDecimal yuan = AttachedGoals.totalYuan(report);
        String where = "情况说明 " + amount.section();
        FindingSink.Builder finding = Verdicts.report(sink, agreement(amount.value(), report, yuan),
                where + "称公开的项目绩效目标涉及" + amount.value().toPlainString() + "万元，而所附"
                        + report.performanceGoals().size() + "张目标表年度资金合计" + yuan.toPlainString() + "元（"
                        + GoalProjects.toWan(yuan).toPlainString() + "万元）");
        if (finding == null) {
            return;
        }
        finding.at(Location.section(where))
                .values(GoalProjects.toWan(yuan), amount.value())
                .evidence("说明中公开的项目绩效目标金额（万元）", amount.value().toPlainString(), amount.source());
        for (PerformanceGoal goal : report.performanceGoals()) {
            BigDecimal t = goal.annualFunds().total() != null ? goal.annualFunds().total() : goal.periodFunds().total();
            finding.evidence("绩效目标表「" + goal.projectName() + "」年度资金总额（元）",
                    t == null ? "（空）" : t.toPlainString(), goal.source());
        }
    }
}
