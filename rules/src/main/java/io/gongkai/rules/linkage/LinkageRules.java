package io.gongkai.rules.linkage;

import java.util.List;

/** The linkage rules (category {@code linkage}): a budget against the final accounts of the same unit and year. */
public final class LinkageRules {

    private LinkageRules() {
    }

    public static List<PairRule> all() {
        return List.of(
                new InitialBudgetMatchesBudgetRule(),
                new ThreePublicBudgetMatchesBudgetRule(),
                new BudgetedProjectsEvaluatedRule(),
                new EvaluationInitialBudgetMatchesProjectRule(),
                new EvaluatedProjectBudgetedRule());
    }
}
