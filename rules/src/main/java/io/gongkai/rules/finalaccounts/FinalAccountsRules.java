package io.gongkai.rules.finalaccounts;

import io.gongkai.rules.Rule;
import java.util.List;

/** The final-accounts rules, in catalogue order. */
public final class FinalAccountsRules {

    private FinalAccountsRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new SummaryBalanceRule(),
                new SummaryTotalsRule(),
                new RowTotalsRule(),
                new CodeHierarchyRule(),
                new TablesAgreeByCodeRule(),
                new BasicDetailRule(),
                new ThreePublicItemsRule(),
                new RelatedInfoSumsRule(),
                new OperatingCostsRule(),
                new HeldVehiclesRunningCostRule(),
                new CompletionRateRule(),
                new ClassStatementsRule(),
                new ThreePublicStatementsRule(),
                new OperatingCostsStatementRule(),
                new ProcurementStatementRule(),
                new NarrativeTotalsRule(),
                new AllTablesPresentRule(),
                new ClassesDescribedRule(),
                new RequiredSectionsRule(),
                new RepeatedSectionsRule(),
                new ExecutionRateRule(),
                new ExecutionScoreRule(),
                new BalanceRule(),
                new IndicatorScoresRule(),
                new TotalScoreRule(),
                new GradeRule(),
                new DeviationReasonRule(),
                new EvaluationSummaryRule(),
                new NarrativeFactsMatchTablesRule(),
                new NarrativeArithmeticRule(),
                new NarrativeCountsAgreeRule()
        );
    }
}
