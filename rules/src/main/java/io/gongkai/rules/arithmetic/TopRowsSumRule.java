package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.List;

/**
 * Reusable checker: a table's 合计 row equals, column by column, the sum of its top rows (the 类 rows of a
 * classified table, the unit rows of table 11), on each side of a two-sided table.
 */
abstract class TopRowsSumRule extends TableArithmeticRule {

    private final String identity;

    /** @param identity the top rows in words, completing 「不等于…」: 各类（科目）之和 */
    TopRowsSumRule(TableType type, String identity) {
        super(type);
        this.identity = identity;
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        if (table.type().twoSided()) {
            check(table, Side.INCOME, sink);
            check(table, Side.EXPENDITURE, sink);
        } else {
            check(table, Side.NONE, sink);
        }
    }

    private void check(DisclosureTable table, Side side, FindingSink sink) {
        List<TableRow> rows = Rows.of(table, side);
        TableRow total = Rows.keyed(table, side, RowKeys.TOTAL);
        List<TableRow> top = Rows.top(Rows.ordinary(rows));
        if (total == null || top.isEmpty()) {
            return;
        }
        for (String column : Rows.present(rows, table.type().columns(side))) {
            SumCheck.check(sink, new Cell(table.number(), total, column),
                    Rows.cells(table.number(), top, column), identity);
        }
    }
}
