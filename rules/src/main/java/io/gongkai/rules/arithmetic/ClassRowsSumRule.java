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
 * Reusable checker for tables 1 and 4: 本年支出合计 equals, column by column, the sum of the function 类 rows.
 * Where a template prints other lines on the expenditure side, the sum of all of them is also accepted.
 */
abstract class ClassRowsSumRule extends TableArithmeticRule {

    ClassRowsSumRule(TableType type) {
        super(type);
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow total = Rows.keyed(table, Side.EXPENDITURE, RowKeys.CURRENT_EXPENDITURE_TOTAL);
        List<TableRow> classes = SummarySides.classRows(table, report.year());
        List<TableRow> lines = SummarySides.expenditureLines(table);
        if (total == null || classes.isEmpty() && lines.isEmpty()) {
            return;
        }
        int n = table.number();
        for (String column : Rows.present(table.rows(Side.EXPENDITURE), table.type().columns(Side.EXPENDITURE))) {
            SumCheck.check(sink, new Cell(n, total, column), List.of(
                    new SumCheck.Reading("各类支出之和", Rows.cells(n, classes.isEmpty() ? lines : classes, column)),
                    new SumCheck.Reading("支出方各行之和", Rows.cells(n, lines, column))));
        }
    }
}
