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
import io.gongkai.rules.tolerance.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cost indicators that state a total (12万元, 50000元/年, not a unit cost) add up to no more than the funds of
 * their half: an annual cost copied from the 实施期 (12万元 against 年度资金 50,000元) cannot be met. Ceilings
 * (≤15万元) never exceed; floors and exact figures count at their least value.
 */
@RuleDoc(id = "PERF-010", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "总额类成本指标不超过项目资金",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "成本指标的总额超过该期资金，说明指标与预算不对应，常见于把实施期指标原样抄入年度指标。",
        basis = "DOMAIN.md 恒等式12；《项目支出绩效评价管理办法》（财预〔2020〕10号）")
public final class TotalCostWithinFundsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            Set<String> reported = new HashSet<>();
            for (GoalHalf half : GoalHalf.of(goal)) {
                BigDecimal funds = half.funds().total();
                if (funds == null) {
                    continue;
                }
                List<Indicator> totals = new ArrayList<>();
                BigDecimal least = BigDecimal.ZERO;
                for (Indicator cost : half.indicators()) {
                    IndicatorValue v = IndicatorValue.isCost(cost)
                            ? IndicatorValue.parse(cost.value()).filter(IndicatorValue::isMoney).orElse(null) : null;
                    if (v == null || v.perUnit(cost.name()) != null || v.bound().isUpper()) {
                        continue;
                    }
                    totals.add(cost);
                    BigDecimal slack = v.bound().isLower() ? BigDecimal.ZERO : Interval.halfUnit(v.number());
                    least = least.add(v.number().subtract(slack).multiply(v.yuanFactor()));
                }
                BigDecimal fundsHi = funds.add(Interval.halfUnit(funds));
                if (totals.isEmpty() || least.compareTo(fundsHi) <= 0) {
                    continue;
                }
                String listed = String.join("、", totals.stream().map(i -> i.name() + " " + i.value()).toList());
                if (!reported.add(listed + funds.toPlainString())) {
                    continue;
                }
                BigDecimal stated = totalOf(totals);
                FindingSink.Builder finding = sink.add("绩效目标表「" + goal.projectName() + "」" + half.label()
                                + "成本指标（" + listed + "）合计" + stated.toPlainString() + "元，超过" + half.label()
                                + "资金总额" + funds.toPlainString() + "元")
                        .at(half.where(totals.get(0)))
                        .values(funds, stated)
                        .evidence(half.describeFunds(), funds.toPlainString(), goal.source());
                totals.forEach(i -> finding.evidence(half.describe(i), i.value(), i.source()));
            }
        }
    }

    private static BigDecimal totalOf(List<Indicator> totals) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : totals) {
            IndicatorValue v = IndicatorValue.parse(i.value()).orElseThrow();
            sum = sum.add(v.number().multiply(v.yuanFactor()));
        }
        BigDecimal plain = sum.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
