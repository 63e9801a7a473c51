package io.gongkai.rules.linkage;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import java.util.Objects;

/**
 * A unit's budget (部门预算) and its final accounts (部门决算) of the same year, to be checked against each other.
 *
 * @param budget the budget of year N
 * @param finalAccounts the final accounts of year N
 */
public record ReportPair(Report budget, Report finalAccounts) {

    public ReportPair {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(finalAccounts, "finalAccounts");
        if (budget.kind() != ReportKind.BUDGET) {
            throw new IllegalArgumentException("not a budget: " + budget.kind());
        }
        if (finalAccounts.kind() != ReportKind.FINAL_ACCOUNTS) {
            throw new IllegalArgumentException("not final accounts: " + finalAccounts.kind());
        }
    }
}
