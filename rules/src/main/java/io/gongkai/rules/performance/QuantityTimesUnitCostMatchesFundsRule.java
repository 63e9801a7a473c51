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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a goal table gives a unit cost (2400元/人, 2.8万元/人, or 人均 in the name) and a 数量指标 in the same
 * unit (195人, or 3人 + 4人), their product agrees with the half's funds: 195人 × 2400元/人 = 468,000元. Bounds
 * are honoured: ≥20家 × ≤4000元 says nothing, while an exact count times an exact cost must equal the funds.
 * A product above the funds contradicts them (ERROR); one below only covers part of the funds (INFO).
 */
@RuleDoc(id = "PERF-009", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "数量指标×单位成本与项目资金一致",
        category = Category.PERFORMANCE, severity = Severity.ERROR,
        rationale = "数量乘以单位成本是测算项目资金的依据；乘积超过资金总额，说明指标与预算互相矛盾，"
                + "目标无法在预算内完成。",
        basis = "DOMAIN.md 恒等式12（195人 × 2400元/人 = 468,000元）")
public final class QuantityTimesUnitCostMatchesFundsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            Set<String> reported = new HashSet<>();
            for (GoalHalf half : GoalHalf.of(goal)) {
                BigDecimal funds = half.funds().total();
                if (funds == null || funds.signum() <= 0) {
                    continue;
                }
                for (Indicator cost : half.indicators()) {
                    if (IndicatorValue.isCost(cost)) {
                        IndicatorValue.parse(cost.value()).filter(IndicatorValue::isMoney)
                                .ifPresent(v -> judge(half, cost, v, funds, reported, sink));
                    }
                }
            }
        }
    }

    private static void judge(GoalHalf half, Indicator cost, IndicatorValue unitCost, BigDecimal funds,
                              Set<String> reported, FindingSink sink) {
        String per = unitCost.perUnit(cost.name());
        if (per == null || per.isEmpty()) {
            return;
        }
        List<Indicator> counts = new ArrayList<>();
        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator q : half.indicators()) {
            if (!IndicatorValue.isQuantity(q)) {
                continue;
            }
            IndicatorValue.parse(q.value()).filter(v -> per.equals(v.quantityUnit())).ifPresent(v -> {
                counts.add(q);
                values.add(v);
            });
        }
        if (counts.isEmpty()) {
            return;
        }
        List<Product> candidates = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            candidates.add(Product.of(List.of(counts.get(i)), List.of(values.get(i)), unitCost));
        }
        if (counts.size() > 1) {
            candidates.add(Product.of(counts, values, unitCost));
        }
        Interval shown = Interval.displayed(funds);
        if (candidates.stream().anyMatch(p -> p.agrees(funds) || p.bounded() && !p.exceeds(shown))) {
            return;
        }
        boolean rounding = candidates.stream().anyMatch(p -> !p.bounded() && p.range().overlaps(shown));
        boolean allExceed = candidates.stream().allMatch(p -> p.exceeds(shown));
        Product main = candidates.stream().min(Comparator.comparing(
                (Product p) -> allExceed ? p.range().lo() : p.exact().subtract(funds).abs())).orElseThrow();
        String quantity = String.join(" + ", main.counts().stream().map(Indicator::value).toList());
        if (!reported.add(cost.name() + quantity + funds.toPlainString())) {
            return;
        }
        String base = "绩效目标表「" + half.goal().projectName() + "」" + half.label() + "指标：数量（" + quantity
                + "）× 单位成本（" + cost.value() + "）";
        String product = plain(main.bounded() ? main.range().lo() : main.exact());
        FindingSink.Builder finding;
        if (rounding) {
            finding = sink.add(base + "与" + half.label() + "资金总额" + funds.toPlainString() + "元相符（在尾数误差范围内）")
                    .severity(Severity.INFO);
        } else if (allExceed) {
            finding = sink.add(base + (main.bounded() ? "至少为" : "为") + product + "元，超过" + half.label()
                    + "资金总额" + funds.toPlainString() + "元");
        } else {
            finding = sink.add(base + "为" + product + "元，少于" + half.label() + "资金总额" + funds.toPlainString()
                    + "元（单位成本可能只覆盖部分支出）").severity(Severity.INFO);
        }
        finding.at(half.where(cost))
                .values(funds, new BigDecimal(product))
                .evidence(half.describe(cost), cost.value(), cost.source())
                .evidence(half.describeFunds(), funds.toPlainString(), half.goal().source());
        main.counts().forEach(q -> finding.evidence(half.describe(q), q.value(), q.source()));
    }

    private static String plain(BigDecimal value) {
        BigDecimal p = value.stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
    }

    /**
     * Quantity × unit cost in 元: exact when both are exact, else a range (hi null when unbounded).
     *
     * @param counts the quantity indicators multiplied
     * @param exact the product of the printed numbers
     * @param range the product over the values the printed numbers and bounds allow
     * @param bounded whether either factor is a bound (≥, ≤) rather than a figure
     */
    private record Product(List<Indicator> counts, BigDecimal exact, Interval range, boolean bounded) {

        private static final BigDecimal UNBOUNDED = new BigDecimal("1e18");

        static Product of(List<Indicator> counts, List<IndicatorValue> quantities, IndicatorValue cost) {
            BigDecimal exact = BigDecimal.ZERO;
            Interval q = Interval.exact(BigDecimal.ZERO);
            boolean bounded = cost.bound() != IndicatorValue.Bound.EXACT;
            for (IndicatorValue v : quantities) {
                exact = exact.add(v.number().multiply(v.quantityFactor()));
                q = q.plus(range(v).times(v.quantityFactor()));
                bounded |= v.bound() != IndicatorValue.Bound.EXACT;
            }
            Interval c = range(cost).times(cost.yuanFactor());
            return new Product(counts, exact.multiply(cost.number()).multiply(cost.yuanFactor()), q.times(c), bounded);
        }

        private static Interval range(IndicatorValue v) {
            return switch (v.bound()) {
                case AT_LEAST -> new Interval(v.number(), UNBOUNDED);
                case AT_MOST -> new Interval(BigDecimal.ZERO, v.number());
                case EXACT -> v.number().scale() <= 0 ? Interval.exact(v.number()) : Interval.displayed(v.number());
            };
        }

        boolean agrees(BigDecimal funds) {
            return !bounded && exact.compareTo(funds) == 0;
        }

        boolean exceeds(Interval funds) {
            return range.lo().compareTo(funds.hi()) > 0;
        }
    }
}
