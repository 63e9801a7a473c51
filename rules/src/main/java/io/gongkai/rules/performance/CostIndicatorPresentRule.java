package io.gongkai.rules.performance;

import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Every goal table sets at least one 成本指标 (as a 一级 or 二级 indicator), in either half. */
@RuleDoc(id = "PERF-003", title = "绩效目标表设置了成本指标",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "成本指标反映项目的经济性，是绩效目标的必备内容；没有成本指标，就无法判断资金规模是否合理，"
                + "也无法在绩效评价时衡量成本控制。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）；财政部项目支出绩效目标表样式（成本指标）")
public final class CostIndicatorPresentRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            List<Indicator> all = new ArrayList<>(goal.periodIndicators());
            all.addAll(goal.annualIndicators());
            if (all.isEmpty() || all.stream().anyMatch(IndicatorValue::isCost)) {
                continue;
            }
            sink.add("绩效目标表「" + goal.projectName() + "」没有设置成本指标（成本指标一栏为空）")
                    .at(GoalHalf.where(goal))
                    .values("至少一项成本指标", "无")
                    .evidence("绩效目标表「" + goal.projectName() + "」绩效指标数", String.valueOf(all.size()),
                            goal.source());
        }
    }
}
