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

/** Reusable checker for tables 1 and 4: 收入总计 = 支出总计 (the first expenditure column: 合计 or 小计). */
abstract class BalanceRule extends TableArithmeticRule {

    BalanceRule(TableType type) {
        super(type);
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow income = Rows.keyed(table, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL);
        TableRow expenditure = Rows.keyed(table, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL);
        if (income == null || expenditure == null) {
            return;
        }
        int n = table.number();
        String column = table.type().columns(Side.EXPENDITURE).get(0);
        SumCheck.check(sink, new Cell(n, expenditure, column), List.of(new Cell(n, income, Columns.AMOUNT)),
                "收入总计");
    }
}
