package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 1: 本年支出合计 = Σ function 类 rows, column by column. */
@RuleDoc(id = "ARITH-002", title = "表1本年支出合计等于各类功能支出之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "本年支出合计是各功能类支出的汇总；不等说明某类支出漏列、重列或合计录错，读者无法知道钱花在哪里。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BudgetSummaryClassSumRule extends ClassRowsSumRule {

    public BudgetSummaryClassSumRule() {
        super(TableType.BUDGET_SUMMARY);
    }
}
