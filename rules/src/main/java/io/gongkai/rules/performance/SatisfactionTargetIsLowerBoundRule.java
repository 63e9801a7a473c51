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
import java.util.HashSet;
import java.util.Set;

/** A satisfaction target is a floor (≥90%), never a ceiling (≤90%). */
@RuleDoc(id = "PERF-007", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "满意度指标值为下限（≥）",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "满意度越高越好，目标应写成“≥90%”；写成“≤90%”等于为满意度设上限，方向写反，考核时无法使用。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）；财政部绩效目标表填报说明")
public final class SatisfactionTargetIsLowerBoundRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            Set<String> seen = new HashSet<>();
            for (GoalHalf half : GoalHalf.of(goal)) {
                for (Indicator indicator : half.indicators()) {
                    boolean satisfaction = IndicatorValue.contains(indicator.level1(), "满意")
                            || IndicatorValue.contains(indicator.level2(), "满意")
                            || IndicatorValue.contains(indicator.name(), "满意");
                    if (!satisfaction) {
                        continue;
                    }
                    IndicatorValue.parse(indicator.value())
                            .filter(v -> v.bound().isUpper() && v.isPercent())
                            .filter(v -> seen.add(indicator.name() + "\u0000" + indicator.value()))
                            .ifPresent(v -> sink.add("绩效目标表「" + goal.projectName() + "」的满意度指标「"
                                            + indicator.name() + "」写成上限「" + indicator.value() + "」，应为下限（≥）")
                                    .at(half.where(indicator))
                                    .values("≥" + v.number().toPlainString() + "%", indicator.value())
                                    .evidence(half.describe(indicator), indicator.value(), indicator.source()));
                }
            }
        }
    }
}
