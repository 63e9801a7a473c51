package io.gongkai.rules.narrative;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 情况说明与表格 (narrative against tables and against itself), in catalogue order. */
public final class NarrativeRules {

    private static final List<Rule> ALL = List.of(
            new OverviewAmountsMatchTablesRule(),
            new OverviewTotalEqualsPartsRule(),
            new LastYearIncomeEqualsExpenditureRule(),
            new ChangeRateMatchesChangeRule(),
            new IncomeAmountsMatchTablesRule(),
            new IncomeSharesRule(),
            new ExpenditureAmountsMatchTablesRule(),
            new ExpenditureTotalEqualsBasicPlusProjectRule(),
            new ExpenditureSharesRule(),
            new FiscalAmountsMatchTableRule(),
            new GpbTotalMatchesTableRule(),
            new GpbRowsMatchTableRule(),
            new GpbClassSharesRule(),
            new BasicExpenditureMatchesTablesRule(),
            new BasicEqualsPersonnelPlusPublicRule(),
            new BasicExpenditureSharesRule(),
            new ThreePublicMatchesTableRule(),
            new ThreePublicTotalEqualsItemsRule(),
            new ThreePublicChangesAddUpRule(),
            new OperatingCostsMatchTablesRule(),
            new ProcurementTotalEqualsPartsRule(),
            new PerformanceAmountsMatchTablesRule(),
            new PerformanceBreakdownAddsUpRule(),
            new PublishedGoalShareRule(),
            new VehicleCategoriesAddUpRule(),
            new RepeatedChangesAgreeRule(),
            new AmountFoundInTablesRule(),
            new ClassNamesMatchTablesRule(),
            new PerformanceKindCountMatchesAmountRule(),
            new IncreaseWithinThisYearRule());

    private NarrativeRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return ALL;
    }
}
