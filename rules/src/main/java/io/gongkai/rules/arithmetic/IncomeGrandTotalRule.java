package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable checker for tables 1 and 4: 收入总计 = 本年收入合计 + 上年结转 (the sources stand in for 本年收入合计
 * where a template does not print it).
 */
abstract class IncomeGrandTotalRule extends TableArithmeticRule {

    IncomeGrandTotalRule(TableType type) {
        super(type);
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow total = Rows.keyed(table, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL);
        if (total == null) {
            return;
        }
        TableRow current = Rows.keyed(table, Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL);
        List<TableRow> parts = new ArrayList<>();
        if (current != null) {
            parts.add(current);
        } else {
            parts.addAll(SummarySides.currentSources(table));
        }
        TableRow carryover = Rows.keyed(table, Side.INCOME, RowKeys.CARRYOVER);
        if (carryover != null) {
            parts.add(carryover);
        }
        int n = table.number();
        SumCheck.check(sink, new Cell(n, total, Columns.AMOUNT), Rows.cells(n, parts, Columns.AMOUNT),
                "本年收入合计与上年结转之和");
    }
}
