package io.gongkai.rules.performance;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 绩效目标 performance goals, in catalogue order. */
public final class PerformanceRules {

    private PerformanceRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of(
                new GoalFundsMatchProjectTableRule(),
                new GoalNamesProjectOfTablesRule(),
                new CostIndicatorPresentRule(),
                new QuantityAndCostValuesQuantifiedRule(),
                new QualitativeTargetsRule(),
                new RateTargetAtMostHundredPercentRule(),
                new SatisfactionTargetIsLowerBoundRule(),
                new CostTargetIsUpperBoundRule(),
                new QuantityTimesUnitCostMatchesFundsRule(),
                new TotalCostWithinFundsRule(),
                new GoalTextAmountMatchesFundsRule(),
                new PeriodFundsCoverAnnualFundsRule(),
                new FundSplitSumsToTotalRule(),
                new IndicatorLevelsPresentRule(),
                new GoalRequiredFieldsRule(),
                new DuplicateGoalTablesRule());
    }
}
