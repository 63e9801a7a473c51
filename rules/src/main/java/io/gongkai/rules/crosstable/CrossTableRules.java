package io.gongkai.rules.crosstable;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 表间关系 identities across tables, in catalogue order. */
public final class CrossTableRules {

    private static final List<Rule> ALL = List.of(
            new GpbIncomeAgreesAcrossTablesRule(),
            new FundIncomeAgreesAcrossTablesRule(),
            new SoeIncomeAgreesAcrossTablesRule(),
            new NonFiscalIncomeAgreesRule(),
            new CurrentIncomeTotalAgreesRule(),
            new CarryoverAgreesRule(),
            new FiscalCarryoverWithinCarryoverRule(),
            new GrandTotalAgreesRule(),
            new ExpenditureByCodeMatchesIncomeRule(),
            new SummaryClassSplitMatchesIncomeRule(),
            new GpbExpenditureByCodeMatchesIncomeRule(),
            new FundExpenditureByCodeMatchesIncomeRule(),
            new SoeExpenditureByCodeMatchesIncomeRule(),
            new BasicAndProjectCoverFiscalPartsRule(),
            new FiscalSummaryMatchesIncomeRule(),
            new EconomicTableTotalMatchesGpbBasicRule(),
            new ThreePublicItemsInEconomicTableRule(),
            new OperatingCostsMatchPublicExpenseRule(),
            new InstitutionShowsNoOperatingCostsRule(),
            new ProjectExpenditureMatchesProjectTablesRule(),
            new ProjectTableSourcesMatchExpenditureTablesRule(),
            new ProjectTableNonFiscalWithinIncomeRule(),
            new CarryoverProjectsWithinCarryoverRule(),
            new BasicCarryoverMatchesBasicExpenditureRule(),
            new ProjectTablesListProjectsRule(),
            new FiscalIncomeTotalAgreesRule());

    private CrossTableRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return ALL;
    }
}
