package io.gongkai.rules.arithmetic;

import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 7: a coded income row = Σ the rows under it by code. */
@RuleDoc(id = "ARITH-028", title = "表7上级收入科目等于所属下级科目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "收入分类逐级汇总，上级科目等于下级科目之和；不等说明明细科目漏列或金额有误。",
        basis = "DOMAIN.md 恒等式3（同理适用于收入科目）；《2024年政府收支分类科目》")
public final class FundIncomeHierarchyRule extends CodeHierarchyRule {

    public FundIncomeHierarchyRule() {
        super(TableType.FUND_INCOME, Side.NONE);
    }
}
