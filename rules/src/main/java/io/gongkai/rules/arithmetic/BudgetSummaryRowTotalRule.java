package io.gongkai.rules.arithmetic;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/** Table 1, every expenditure line: 合计 = 当年预算安排 + 上年结转. */
@RuleDoc(id = "ARITH-001", title = "表1支出各行合计等于当年预算安排与上年结转之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "预算收支总表每一支出行的合计由当年安排和上年结转两部分组成；不等说明某一列数字录错或漏列。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BudgetSummaryRowTotalRule extends RowTotalRule {

    public BudgetSummaryRowTotalRule() {
        super(TableType.BUDGET_SUMMARY, Side.EXPENDITURE, Columns.TOTAL,
                List.of(List.of(Columns.CURRENT, Columns.CARRYOVER)), List.of("当年预算安排与上年结转之和"));
    }
}
