package io.gongkai.rules.performance;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** A goal table fills its essentials: 项目名称, 实施单位, 资金总额 and 总体目标. */
@RuleDoc(id = "PERF-015", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "绩效目标表填写了项目名称、实施单位、资金总额和总体目标",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "项目名称、实施单位、资金和总体目标是绩效目标表的基本要素，缺少任何一项，目标都无法对应到项目、"
                + "责任主体和资金。",
        basis = "财政部项目支出绩效目标表样式；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GoalRequiredFieldsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            List<String> missing = new ArrayList<>();
            if (blank(goal.projectName())) {
                missing.add("项目名称");
            }
            if (blank(goal.implementingUnit()) && blank(goal.departmentName())) {
                missing.add("实施单位");
            }
            if (goal.annualFunds().total() == null && goal.periodFunds().total() == null) {
                missing.add("资金总额");
            }
            if (blank(goal.annualGoal()) && blank(goal.periodGoal())) {
                missing.add("总体目标");
            }
            if (missing.isEmpty()) {
                continue;
            }
            String name = blank(goal.projectName()) ? "（未填项目名称）" : goal.projectName();
            sink.add("绩效目标表「" + name + "」未填写" + String.join("、", missing))
                    .at(GoalHalf.where(goal))
                    .values(String.join("、", missing), "空")
                    .evidence("绩效目标表「" + name + "」", name, goal.source());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
