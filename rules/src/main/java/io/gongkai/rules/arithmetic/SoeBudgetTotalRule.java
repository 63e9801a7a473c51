package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 9: the 合计 of each side = Σ its top rows, column by column. */
@RuleDoc(id = "ARITH-033", title = "表9收入、支出两方合计分别等于各科目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "国有资本经营预算收支两方的合计是各科目的汇总；不等说明科目漏列或合计录错。",
        basis = "DOMAIN.md 恒等式3；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class SoeBudgetTotalRule extends TopRowsSumRule {

    public SoeBudgetTotalRule() {
        super(TableType.SOE_BUDGET, "各科目之和");
    }
}
