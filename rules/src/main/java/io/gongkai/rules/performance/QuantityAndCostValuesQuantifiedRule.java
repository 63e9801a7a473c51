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

/**
 * 数量指标 and 成本指标 carry a number: a count cannot be 完善 and a cost cannot be 合理. Each indicator is
 * reported once even when both halves repeat it.
 */
@RuleDoc(id = "PERF-004", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "数量指标和成本指标的指标值已量化",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "数量和成本本身就是数字，写成“完成”“合理”等文字，目标无法考核，绩效评价时也无从比较实际完成值。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）：绩效指标应细化、量化，可衡量")
public final class QuantityAndCostValuesQuantifiedRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            Set<String> seen = new HashSet<>();
            for (GoalHalf half : GoalHalf.of(goal)) {
                for (Indicator indicator : half.indicators()) {
                    boolean measurable = IndicatorValue.isQuantity(indicator) || IndicatorValue.isCost(indicator);
                    if (!measurable || IndicatorValue.hasNumber(indicator.value())
                            || indicator.value() == null || indicator.value().isBlank()
                            || !seen.add(indicator.name() + "\u0000" + indicator.value())) {
                        continue;
                    }
                    String kind = IndicatorValue.isCost(indicator) ? "成本指标" : "数量指标";
                    sink.add("绩效目标表「" + goal.projectName() + "」的" + kind + "「" + indicator.name()
                                    + "」指标值为「" + indicator.value() + "」，没有量化")
                            .at(half.where(indicator))
                            .values("带数字的指标值", indicator.value())
                            .evidence(half.describe(indicator), indicator.value(), indicator.source());
                }
            }
        }
    }
}
