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
import io.gongkai.rules.support.TextMemo;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A satisfaction, completion or coverage rate (满意度, 合格率, 覆盖率, 执行率 …) cannot exceed 100%. Growth
 * rates (增长率, 提高…%) can, and are left alone.
 */
@RuleDoc(id = "PERF-006", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "满意度和完成类比率指标值不超过100%",
        category = Category.PERFORMANCE, severity = Severity.ERROR,
        rationale = "满意度、合格率、覆盖率等是部分占全体的比例，超过100%在逻辑上不可能，说明指标值填写错误。",
        basis = "DOMAIN.md 绩效指标；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class RateTargetAtMostHundredPercentRule implements Rule {

    private static final Pattern PROPORTION = Pattern.compile("满意|率|覆盖|达标|到位|合格|完好|准确");
    private static final Pattern GROWTH = Pattern.compile("增长|增幅|增速|增加|提高|提升|上升|同比|环比|倍|回报|收益|利润");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The patterns' verdicts by text: goal tables repeat the same indicator names across projects. */
    private static final TextMemo<Boolean> PROPORTIONAL = new TextMemo<>(w -> PROPORTION.matcher(w).find());
    private static final TextMemo<Boolean> GROWING = new TextMemo<>(n -> GROWTH.matcher(n).find());

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            Set<String> seen = new HashSet<>();
            for (GoalHalf half : GoalHalf.of(goal)) {
                for (Indicator indicator : half.indicators()) {
                    String words = text(indicator.level2()) + text(indicator.name());
                    if (!PROPORTIONAL.apply(words) || GROWING.apply(text(indicator.name()))) {
                        continue;
                    }
                    IndicatorValue.parse(indicator.value())
                            .filter(IndicatorValue::aboveHundredPercent)
                            .filter(v -> seen.add(indicator.name() + "\u0000" + indicator.value()))
                            .ifPresent(v -> sink.add("绩效目标表「" + goal.projectName() + "」的指标「"
                                            + indicator.name() + "」指标值为" + indicator.value() + "，比例不可能超过100%")
                                    .at(half.where(indicator))
                                    .values(HUNDRED, v.number())
                                    .evidence(half.describe(indicator), indicator.value(), indicator.source()));
                }
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
