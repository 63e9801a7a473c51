package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 1: 本年收入合计 = Σ income sources. */
@RuleDoc(id = "ARITH-003", title = "表1本年收入合计等于各项收入来源之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "本年收入合计由一般公共预算、政府性基金、国有资本经营、财政专户、单位资金等来源组成；不等说明收入来源公开不全或合计有误。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BudgetSummaryIncomeSourcesRule extends IncomeSourcesRule {

    public BudgetSummaryIncomeSourcesRule() {
        super(TableType.BUDGET_SUMMARY);
    }
}
