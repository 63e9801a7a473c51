package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 4, source by source: the 支出总计 of a source column (一般公共预算 …) equals that source's current income
 * plus its share of the carry-over. Checked when the carry-over is split by source or there is none.
 */
@RuleDoc(id = "ARITH-020", title = "表4分资金来源收支平衡：各来源支出总计等于该来源本年收入与上年结转之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款按一般公共预算、政府性基金、国有资本经营分别编制，各自收支必须平衡；否则某一来源的钱被列到了另一来源的支出里。",
        basis = "DOMAIN.md 恒等式1、2（表4按来源列示）；《中华人民共和国预算法》第五条、第九条、第十条（各本预算分别编制、收支平衡）")
public final class FiscalSourceBalanceRule extends TableArithmeticRule {

    private static final List<String> SOURCES = List.of(Columns.GPB, Columns.FUND, Columns.SOE);

    public FiscalSourceBalanceRule() {
        super(TableType.FISCAL_SUMMARY);
    }

    @Override
    void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow total = Rows.keyed(table, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL);
        TableRow carryover = Rows.keyed(table, Side.INCOME, RowKeys.CARRYOVER);
        boolean split = !SummarySides.carryoverParts(table).isEmpty();
        boolean noCarryover = carryover == null || carryover.amount(Columns.AMOUNT).signum() == 0;
        List<String> columns = Rows.present(table.rows(Side.EXPENDITURE), SOURCES);
        if (total == null || columns.isEmpty() || !split && !noCarryover) {
            return;
        }
        int n = table.number();
        for (String source : SOURCES) {
            List<Cell> parts = new ArrayList<>();
            TableRow current = SummarySides.currentSource(table, source);
            TableRow carried = SummarySides.carryoverPart(table, source);
            if (current != null) {
                parts.add(new Cell(n, current, Columns.AMOUNT));
            }
            if (carried != null) {
                parts.add(new Cell(n, carried, Columns.AMOUNT));
            }
            if (current == null && carried == null && !total.has(source)) {
                continue;
            }
            SumCheck.check(sink, new Cell(n, total, source), parts, "该来源本年收入与上年结转之和");
        }
    }
}
