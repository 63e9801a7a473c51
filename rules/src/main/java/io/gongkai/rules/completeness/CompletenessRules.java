package io.gongkai.rules.completeness;

import io.gongkai.rules.Rule;
import java.util.List;

/** The rules of the category 完整性 completeness, in catalogue order. */
public final class CompletenessRules {

    private CompletenessRules() {
    }

    /** Every rule of this category. */
    public static List<Rule> all() {
        return List.of(
                new CoreTablesPresentRule(),
                new ThirteenTableSetCompleteRule(),
                new BlankTableMarkedEmptyRule(),
                new EmptyMarkedTableHasNoFiguresRule(),
                new NarrativeSectionsPresentRule(),
                new OverviewPresentRule(),
                new GlossaryPresentRule(),
                new ThreePublicItemsListedRule(),
                new ThreePublicItemsExplainedRule(),
                new PublishedGoalCountMatchesAttachedRule(),
                new PublishedGoalAmountMatchesAttachedRule(),
                new PublishedGoalShareMatchesProjectTotalRule(),
                new ManagedGoalsWithinProjectSpendingRule(),
                new GoalTablesAttachedRule(),
                new FunctionClassesDescribedRule(),
                new ProcurementSplitStatedRule(),
                new GoalProjectBreakdownSumsRule(),
                new OverallGoalFundsRule());
    }
}
