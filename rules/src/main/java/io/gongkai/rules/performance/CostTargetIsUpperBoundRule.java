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

/** A cost target is a ceiling (≤15万元), never a floor: "总成本 ≥50万元" promises to spend at least that much. */
@RuleDoc(id = "PERF-008", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "成本指标值为上限（≤）",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "成本指标用于控制支出，应写成“≤X万元”；写成“≥X万元”意味着鼓励多花钱，与成本控制的目的相反。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）；DOMAIN.md 已知缺陷（004 人大会议费）")
public final class CostTargetIsUpperBoundRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            Set<String> seen = new HashSet<>();
            for (GoalHalf half : GoalHalf.of(goal)) {
                for (Indicator indicator : half.indicators()) {
                    if (!IndicatorValue.isCost(indicator)) {
                        continue;
                    }
                    IndicatorValue.parse(indicator.value())
                            .filter(v -> v.bound().isLower())
                            .filter(v -> seen.add(indicator.name() + "\u0000" + indicator.value()))
                            .ifPresent(v -> sink.add("绩效目标表「" + goal.projectName() + "」的成本指标「"
                                            + indicator.name() + "」写成下限「" + indicator.value() + "」，成本应为上限（≤）")
                                    .at(half.where(indicator))
                                    .values("≤" + v.number().toPlainString() + v.unit(), indicator.value())
                                    .evidence(half.describe(indicator), indicator.value(), indicator.source()));
                }
            }
        }
    }
}
