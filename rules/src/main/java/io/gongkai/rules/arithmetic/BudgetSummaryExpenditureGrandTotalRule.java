package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 1: 支出总计 = 本年支出合计 + 年终结转, column by column. */
@RuleDoc(id = "ARITH-005", title = "表1支出总计等于本年支出合计加年终结转",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "支出总计由本年支出和年终结转组成；不等说明支出方汇总有误。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BudgetSummaryExpenditureGrandTotalRule extends ExpenditureGrandTotalRule {

    public BudgetSummaryExpenditureGrandTotalRule() {
        super(TableType.BUDGET_SUMMARY);
    }
}
