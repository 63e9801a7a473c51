package io.gongkai.rules.completeness;

import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableRow;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.GoalProjects;
import java.math.BigDecimal;
import java.util.List;

/**
 * The number of published goals that 十、绩效管理 states (公开项目绩效目标5个) equals the number of goal tables
 * attached. When tables are missing, the rule names the projects of table 12 without a goal table: those whose
 * amounts make up the difference between the stated amount and the attached ones when exactly one such choice
 * exists, else all candidates.
 */
@RuleDoc(id = "COMP-010", title = "说明中公开的绩效目标个数与所附目标表一致",
        category = Category.COMPLETENESS, severity = Severity.ERROR,
        rationale = "说明称公开了N个项目绩效目标，附件却少几张，公众就看不到这些项目的目标；"
                + "这是绩效目标公开不完整最常见的形式。",
        basis = "DOMAIN.md 恒等式12、14；《中共中央 国务院关于全面实施预算绩效管理的意见》（重点项目绩效目标随预算公开）")
public final class PublishedGoalCountMatchesAttachedRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        PublishedGoalStatement statement = PublishedGoalStatement.published(report).orElse(null);
        if (statement == null) {
            return;
        }
        NarrativeFact count = statement.count();
        int stated = count.value().intValue();
        int attached = report.performanceGoals().size();
        if (stated == attached || count.value().stripTrailingZeros().scale() > 0) {
            return;
        }
        String where = "情况说明 " + count.section();
        List<TableRow> missing = stated > attached ? missing(report, statement, stated - attached) : List.of();
        BigDecimal yuan = AttachedGoals.totalYuan(report);
        String statedPart = "称公开项目绩效目标" + stated + "个" + (statement.amount() == null ? ""
                : "（" + statement.amount().value().toPlainString() + "万元）");
        String attachedPart = attached + "张绩效目标表（年度资金合计" + yuan.toPlainString() + "元，即"
                + GoalProjects.toWan(yuan).toPlainString() + "万元）";
        String message = stated > attached
                ? where + statedPart + "，但只附了" + attachedPart + "，少" + (stated - attached) + "张"
                        + (missing.isEmpty() ? "" : "；未附目标表的项目：" + AttachedGoals.describe(missing))
                : where + statedPart + "，但附了" + attachedPart;
        FindingSink.Builder finding = sink.add(message)
                .at(Location.section(where))
                .values(BigDecimal.valueOf(attached), count.value())
                .evidence("说明中公开的项目绩效目标个数", count.value().toPlainString(), count.source());
        if (statement.amount() != null) {
            finding.evidence("说明中公开的项目绩效目标金额（万元）", statement.amount().value().toPlainString(),
                    statement.amount().source());
        }
        if (!missing.isEmpty()) {
            finding.tables(12);
            missing.forEach(r -> finding.evidence(12, r, "total"));
        }
    }

    private static List<TableRow> missing(Report report, PublishedGoalStatement statement, int howMany) {
        List<TableRow> candidates = AttachedGoals.projectsWithoutGoal(report);
        if (candidates.size() == howMany) {
            return candidates;
        }
        if (statement.amount() != null) {
            BigDecimal rest = statement.amount().value().subtract(AttachedGoals.totalWanByTables(report));
            List<TableRow> chosen = AttachedGoals.choose(candidates, howMany, rest);
            if (!chosen.isEmpty()) {
                return chosen;
            }
        }
        return candidates;
    }
}
