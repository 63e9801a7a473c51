package io.gongkai.rules.completeness;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
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
 * A budget with projects in table 12 attaches goal tables for (at least its key) projects, unless 十、绩效管理 says
 * that none are published (公开项目绩效目标0个).
 */
@RuleDoc(id = "COMP-014", title = "有项目支出的预算附有项目绩效目标表",
        category = Category.COMPLETENESS, severity = Severity.WARNING,
        rationale = "重点项目绩效目标须随部门预算一并公开；有项目支出却不附任何目标表，公众无从了解资金要达到的效果。",
        basis = "DOMAIN.md 恒等式14；《中共中央 国务院关于全面实施预算绩效管理的意见》；财预〔2016〕143号")
public final class GoalTablesAttachedRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || !report.performanceGoals().isEmpty()) {
            return;
        }
        List<TableRow> projects = GoalProjects.projects(report, TableType.PROJECTS_CURRENT).stream()
                .filter(r -> r.amount("total").signum() != 0).toList();
        if (projects.isEmpty()) {
            return;
        }
        var statement = PublishedGoalStatement.published(report);
        if (statement.isPresent() && statement.get().count().value().signum() == 0) {
            return;
        }
        BigDecimal total = projects.stream().map(r -> r.amount("total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        FindingSink.Builder finding = sink.add("表12列有" + projects.size() + "个项目（" + total.toPlainString()
                        + "万元），但未附任何项目支出绩效目标表")
                .at(Location.section("附件 项目支出绩效目标表")).tables(12)
                .values("至少1张绩效目标表", "0张");
        projects.stream().limit(5).forEach(r -> finding.evidence(12, r, "total"));
    }
}
