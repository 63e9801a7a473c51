package io.gongkai.rules.arithmetic;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 表内算术 arithmetic inside each table, in catalogue order. */
public final class ArithmeticRules {

    private static final List<Rule> ALL = List.of(
                new BudgetSummaryRowTotalRule(),
                new BudgetSummaryClassSumRule(),
                new BudgetSummaryIncomeSourcesRule(),
                new BudgetSummaryIncomeGrandTotalRule(),
                new BudgetSummaryExpenditureGrandTotalRule(),
                new BudgetSummaryBalanceRule(),
                new IncomeSummaryRowTotalRule(),
                new IncomeSummaryTotalRule(),
                new IncomeSummaryHierarchyRule(),
                new ExpenditureSummaryRowTotalRule(),
                new ExpenditureSummaryTotalRule(),
                new ExpenditureSummaryHierarchyRule(),
                new FiscalSummaryRowTotalRule(),
                new FiscalSummaryClassSumRule(),
                new FiscalSummaryIncomeSourcesRule(),
                new FiscalCarryoverSplitRule(),
                new FiscalSummaryIncomeGrandTotalRule(),
                new FiscalSummaryExpenditureGrandTotalRule(),
                new FiscalSummaryBalanceRule(),
                new FiscalSourceBalanceRule(),
                new GpbExpenditureRowTotalRule(),
                new GpbExpenditureTotalRule(),
                new GpbExpenditureHierarchyRule(),
                new EconomicRowTotalRule(),
                new EconomicGroupSumRule(),
                new EconomicTotalRule(),
                new FundIncomeTotalRule(),
                new FundIncomeHierarchyRule(),
                new FundExpenditureRowTotalRule(),
                new FundExpenditureTotalRule(),
                new FundExpenditureHierarchyRule(),
                new SoeBudgetRowTotalRule(),
                new SoeBudgetTotalRule(),
                new SoeBudgetHierarchyRule(),
                new ThreePublicRowTotalRule(),
                new ThreePublicTotalRule(),
                new ThreePublicVehiclesRule(),
                new OperatingCostsRowTotalRule(),
                new OperatingCostsTotalRule(),
                new ProjectRowTotalRule(),
                new ProjectUnitSubtotalRule(),
                new ProjectDepartmentTotalRule());

    private ArithmeticRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return ALL;
    }
}
