package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;

/** Reusable checker for tables 1 and 4: 支出总计 = 本年支出合计 + 年终结转, column by column. */
abstract class ExpenditureGrandTotalRule extends TableArithmeticRule {

    ExpenditureGrandTotalRule(TableType type) {
        super(type);
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow total = Rows.keyed(table, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL);
        TableRow current = Rows.keyed(table, Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL);
        if (total == null || current == null) {
            return;
        }
        List<TableRow> parts = new ArrayList<>(List.of(current));
        TableRow yearEnd = Rows.keyed(table, Side.EXPENDITURE, RowKeys.YEAR_END_CARRYOVER);
        if (yearEnd != null) {
            parts.add(yearEnd);
        }
        int n = table.number();
        for (String column : Rows.present(table.rows(Side.EXPENDITURE), table.type().columns(Side.EXPENDITURE))) {
            SumCheck.check(sink, new Cell(n, total, column), Rows.cells(n, parts, column),
                    "本年支出合计与年终结转之和");
        }
    }
}
