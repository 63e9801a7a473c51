package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 1: 收入总计 = 本年收入合计 + 上年结转. */
@RuleDoc(id = "ARITH-004", title = "表1收入总计等于本年收入合计加上年结转",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "收入总计是本年收入与上年结转之和，是全部预算的口径；不等则全表的总规模不可信。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BudgetSummaryIncomeGrandTotalRule extends IncomeGrandTotalRule {

    public BudgetSummaryIncomeGrandTotalRule() {
        super(TableType.BUDGET_SUMMARY);
    }
}
