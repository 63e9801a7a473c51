package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.support.Tables;
import java.util.List;

/**
 * A rule about the arithmetic inside one or more standard tables of a budget: it runs on each of its tables that
 * the report has, and skips final accounts and absent tables (completeness rules report those). Stateless.
 */
abstract class TableArithmeticRule implements Rule {

    private final List<TableType> types;

    TableArithmeticRule(TableType... types) {
        this.types = List.of(types);
    }

    @Override
    public final void check(Report report, FindingSink sink) {
        if (report.kind() == ReportKind.FINAL_ACCOUNTS) {
            return;
        }
        for (TableType type : types) {
            DisclosureTable table = Tables.of(report, type).orElse(null);
            if (table != null) {
                check(report, table, sink);
            }
        }
    }

    /** Checks one table of the rule's types. */
    abstract void check(Report report, DisclosureTable table, FindingSink sink);
}
