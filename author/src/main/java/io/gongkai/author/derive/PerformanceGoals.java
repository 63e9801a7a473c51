package io.gongkai.author.derive;

import io.gongkai.author.BudgetData;
import io.gongkai.author.GoalIndicator;
import io.gongkai.author.LineItem;
import io.gongkai.author.ProjectPlan;
import io.gongkai.model.FundSplit;
import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The performance goals (项目支出绩效目标表) of this year's projects: a project is under goal management when the
 * data describe it, and its table is attached when the description is published. The year's funds are the
 * project's line items in 元, exactly; 市县（区）财政资金 is what the central, provincial, self-raised and other parts
 * leave.
 */
final class PerformanceGoals {

    private static final Predicate<LineItem> CURRENT_PROJECTS = Ledger.CURRENT.and(Ledger.PROJECT);

    private final Ledger ledger;
    private final BudgetData data;

    PerformanceGoals(Ledger ledger) {
        this.ledger = ledger;
        this.data = ledger.data();
    }

    /** Plans of projects that have money this year (table 12), in the data's order. */
    List<ProjectPlan> managed() {
        return data.projects().stream().filter(p -> annual(p).signum() != 0).toList();
    }

    /** The managed plans whose goal tables are published. */
    List<ProjectPlan> published() {
        return managed().stream().filter(ProjectPlan::published).toList();
    }

    /** The exact yuan of this year's money of the plans' projects. */
    BigDecimal amount(List<ProjectPlan> plans) {
        BigDecimal total = BigDecimal.ZERO;
        for (ProjectPlan plan : plans) {
            total = total.add(annual(plan));
        }
        return total;
    }

    /** The project's money this year in yuan (its rows of table 12). */
    BigDecimal annual(ProjectPlan plan) {
        return ledger.sum(CURRENT_PROJECTS.and(Ledger.project(plan.unit(), plan.name())));
    }

    /** The goal tables attached to the report. */
    List<PerformanceGoal> tables() {
        List<PerformanceGoal> goals = new ArrayList<>();
        for (ProjectPlan plan : published()) {
            goals.add(table(plan));
        }
        return goals;
    }

    private PerformanceGoal table(ProjectPlan plan) {
        BigDecimal annual = annual(plan);
        BigDecimal period = plan.periodTotal() == null ? annual : plan.periodTotal();
        List<Indicator> annualIndicators = indicators(plan.indicators());
        List<Indicator> periodIndicators = plan.periodIndicators().isEmpty() ? annualIndicators
                : indicators(plan.periodIndicators());
        return new PerformanceGoal(plan.name(), data.unit().code(), data.unit().name(), data.unitOf(plan.unit()),
                plan.attribute(), plan.period(), split(plan, period), split(plan, annual), plan.overview(),
                plan.basis(), plan.necessity(), plan.safeguards(), plan.plan(),
                plan.periodGoal() == null ? plan.annualGoal() : plan.periodGoal(), plan.annualGoal(),
                periodIndicators, annualIndicators, SourceRef.NONE);
    }

    /** The funds in yuan split by level; 市县 takes what the others leave. */
    static FundSplit split(ProjectPlan plan, BigDecimal total) {
        BigDecimal central = orZero(plan.central());
        BigDecimal provincial = orZero(plan.provincial());
        BigDecimal selfRaised = orZero(plan.selfRaised());
        BigDecimal other = plan.other() == null || plan.other().signum() == 0 ? null : plan.other();
        BigDecimal local = total.subtract(central).subtract(provincial).subtract(selfRaised)
                .subtract(orZero(other));
        return new FundSplit(plain(total), plain(central), plain(provincial), plain(local), plain(selfRaised),
                other == null ? null : plain(other));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Yuan without trailing zeros of the fen (98700, 238040.66), as the goal tables print them. */
    private static BigDecimal plain(BigDecimal yuan) {
        BigDecimal stripped = yuan.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<Indicator> indicators(List<GoalIndicator> indicators) {
        return indicators.stream()
                .map(i -> new Indicator(i.level1(), i.level2(), i.name(), i.value(), SourceRef.NONE)).toList();
    }
}
