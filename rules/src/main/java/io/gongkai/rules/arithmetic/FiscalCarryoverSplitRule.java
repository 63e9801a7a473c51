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
import java.util.List;

/** Table 4: 上年财政拨款结转 equals the sum of its split by source printed under it. */
@RuleDoc(id = "ARITH-016", title = "表4上年财政拨款结转等于其分来源（一般公共预算、政府性基金、国有资本经营）之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款收支总表要求把上年结转按资金来源列示；分项之和与结转总额不符，说明结转资金的来源去向说不清。",
        basis = "DOMAIN.md 恒等式1、2（表4按来源列示上年结转）；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalCarryoverSplitRule extends TableArithmeticRule {

    public FiscalCarryoverSplitRule() {
        super(TableType.FISCAL_SUMMARY);
    }

    @Override
    void check(Report report, DisclosureTable table, FindingSink sink) {
        TableRow carryover = Rows.keyed(table, Side.INCOME, RowKeys.CARRYOVER);
        List<TableRow> parts = SummarySides.carryoverParts(table);
        if (carryover == null || parts.isEmpty()) {
            return;
        }
        int n = table.number();
        SumCheck.check(sink, new Cell(n, carryover, Columns.AMOUNT), Rows.cells(n, parts, Columns.AMOUNT),
                "其分来源之和");
    }
}
