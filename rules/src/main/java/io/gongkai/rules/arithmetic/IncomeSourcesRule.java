package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.List;

/** Reusable checker for tables 1 and 4: 本年收入合计 equals the sum of the current income sources. */
abstract class IncomeSourcesRule extends TableArithmeticRule {

    IncomeSourcesRule(TableType type) {
        super(type);
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow total = Rows.keyed(table, Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL);
        List<TableRow> sources = SummarySides.currentSources(table);
        if (total == null || sources.isEmpty()) {
            return;
        }
        int n = table.number();
        SumCheck.check(sink, new Cell(n, total, Columns.AMOUNT), Rows.cells(n, sources, Columns.AMOUNT),
                "各项收入来源之和");
    }
}
