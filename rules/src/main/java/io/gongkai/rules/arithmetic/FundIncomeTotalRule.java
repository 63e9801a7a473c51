package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 7: 合计 = Σ top income rows. */
@RuleDoc(id = "ARITH-027", title = "表7合计等于各收入科目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "政府性基金收入合计是各收入科目的汇总；不等说明科目漏列或合计录错。",
        basis = "DOMAIN.md 恒等式3（同理适用于收入科目）；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FundIncomeTotalRule extends TopRowsSumRule {

    public FundIncomeTotalRule() {
        super(TableType.FUND_INCOME, "各收入科目之和");
    }
}
