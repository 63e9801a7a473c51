package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 1: 收入总计 = 支出总计. */
@RuleDoc(id = "ARITH-006", title = "表1收入总计等于支出总计",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "部门预算收支平衡，收入总计必须等于支出总计；不平衡的预算违反预算法，也说明表中数字有误。",
        basis = "DOMAIN.md 恒等式1；《中华人民共和国预算法》第十二条（收支平衡）；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BudgetSummaryBalanceRule extends BalanceRule {

    public BudgetSummaryBalanceRule() {
        super(TableType.BUDGET_SUMMARY);
    }
}
