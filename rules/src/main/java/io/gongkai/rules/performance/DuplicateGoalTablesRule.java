package io.gongkai.rules.performance;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * One goal table per project: two tables with the same project name and implementing unit double-count the
 * project in the 公开绩效目标 count. (A page layer that repeats a table is removed by the reader, not reported.)
 */
@RuleDoc(id = "PERF-016", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "同一项目只附一张绩效目标表",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "同一项目附两张目标表，读者不知以哪张为准，公开的目标个数和金额也会被重复计算。",
        basis = "DOMAIN.md 恒等式12（公开目标个数与所附目标表一致）")
public final class DuplicateGoalTablesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        Map<String, PerformanceGoal> first = new HashMap<>();
        for (PerformanceGoal goal : report.performanceGoals()) {
            String name = GoalProjects.normalise(goal.projectName());
            if (name.isEmpty()) {
                continue;
            }
            String key = name + "\u0000" + GoalProjects.normalise(goal.implementingUnit());
            PerformanceGoal earlier = first.putIfAbsent(key, goal);
            if (earlier != null) {
                sink.add("项目「" + goal.projectName() + "」附了两张绩效目标表")
                        .at(GoalHalf.where(goal))
                        .values("1张", "2张")
                        .evidence("第一张绩效目标表", earlier.projectName(), earlier.source())
                        .evidence("第二张绩效目标表", goal.projectName(), goal.source());
            }
        }
    }
}
