package io.gongkai.rules.classification;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;

/** A classification rule of budgets: final accounts are left to their own rules. Stateless. */
abstract class BudgetClassificationRule implements Rule {

    @Override
    public final void check(Report report, FindingSink sink) {
        if (report.kind() != ReportKind.FINAL_ACCOUNTS) {
            checkBudget(report, sink);
        }
    }

    abstract void checkBudget(Report report, FindingSink sink);
}
