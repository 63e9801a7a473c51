package io.gongkai.rules.performance;

import io.gongkai.model.Indicator;
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

/** A goal table sets indicators, and among them the three 一级 kinds: 产出指标, 效益指标 and 满意度指标. */
@RuleDoc(id = "PERF-014", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "绩效目标表包含产出、效益、满意度三类一级指标",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "产出、效益、满意度是绩效指标体系的基本框架；缺少其中一类，目标就不能完整反映项目的产出和效果。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）；财政部项目支出绩效目标表样式")
public final class IndicatorLevelsPresentRule implements Rule {

    private static final List<String> LEVELS = List.of("产出", "效益", "满意");

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            List<Indicator> indicators = GoalHalf.mainIndicators(goal);
            if (indicators.isEmpty()) {
                sink.add("绩效目标表「" + goal.projectName() + "」没有列出任何绩效指标")
                        .at(GoalHalf.where(goal)).values("绩效指标", "无")
                        .evidence("绩效目标表「" + goal.projectName() + "」", goal.projectName(), goal.source());
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String level : LEVELS) {
                if (indicators.stream().noneMatch(i -> IndicatorValue.contains(i.level1(), level)
                        || IndicatorValue.contains(i.level2(), level))) {
                    missing.add(level.equals("满意") ? "满意度指标" : level + "指标");
                }
            }
            if (!missing.isEmpty()) {
                sink.add("绩效目标表「" + goal.projectName() + "」缺少一级指标：" + String.join("、", missing))
                        .at(GoalHalf.where(goal))
                        .values("产出指标、效益指标、满意度指标", "缺少" + String.join("、", missing))
                        .evidence("绩效目标表「" + goal.projectName() + "」指标数", String.valueOf(indicators.size()),
                                goal.source());
            }
        }
    }
}
