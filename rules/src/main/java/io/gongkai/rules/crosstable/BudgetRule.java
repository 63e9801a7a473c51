package io.gongkai.rules.crosstable;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;

/**
 * A cross-table rule of budget disclosures: final accounts (决算) have other tables and are skipped. Subclasses
 * are stateless (every check reads the report afresh into its own {@link BudgetTables}), so one instance serves
 * parallel checks.
 */
abstract class BudgetRule implements Rule {

    @Override
    public final void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        inspect(BudgetTables.of(report), sink);
    }

    /** Inspects a budget report's tables. */
    abstract void inspect(BudgetTables tables, FindingSink sink);
}
