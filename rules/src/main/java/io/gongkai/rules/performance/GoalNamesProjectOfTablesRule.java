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
import java.util.Optional;

/**
 * Every attached goal table names a project of table 12 or 13. A near miss (one character off, or one name
 * inside the other) is reported as a name mismatch; a name found nowhere as a goal without a project.
 * Documents without project tables (8–9 table templates) are not judged.
 */
@RuleDoc(id = "PERF-002", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "绩效目标表项目名称与项目支出预算表一致",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "绩效目标表须对应预算中的具体项目；名称不一致或查无此项目，读者无法把目标与预算资金对应起来，"
                + "也可能附错了目标表。",
        basis = "DOMAIN.md 恒等式12；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GoalNamesProjectOfTablesRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS || !GoalProjects.hasProjectTables(report)) {
            return;
        }
        for (PerformanceGoal goal : report.performanceGoals()) {
            if (GoalProjects.normalise(goal.projectName()).isEmpty()) {
                continue;
            }
            Optional<GoalProjects.Match> match = GoalProjects.match(report, goal);
            if (match.isEmpty()) {
                sink.add("绩效目标表「" + goal.projectName() + "」在表12（本年预算）和表13（上年结转）中都找不到同名项目")
                        .at(GoalHalf.where(goal)).tables(12, 13)
                        .values("表12或表13中的项目名称", goal.projectName())
                        .evidence("绩效目标表项目名称", goal.projectName(), goal.source());
            } else if (match.get().kind() == GoalProjects.MatchKind.NEAR) {
                GoalProjects.Match near = match.get();
                int table = near.current().isEmpty() ? 13 : 12;
                TableRow row = (near.current().isEmpty() ? near.carryover() : near.current()).get(0);
                sink.add("绩效目标表的项目名称「" + goal.projectName() + "」与表" + table + "的项目名称「" + near.name()
                                + "」不一致")
                        .at(GoalHalf.where(goal)).tables(table)
                        .values(near.name(), goal.projectName())
                        .evidence("绩效目标表项目名称", goal.projectName(), goal.source())
                        .evidence("表" + table + "项目名称", row.name(), row.source());
            }
        }
    }
}
