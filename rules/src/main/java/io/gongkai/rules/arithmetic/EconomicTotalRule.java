package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 6: 合计 = Σ economic groups, column by column. */
@RuleDoc(id = "ARITH-026", title = "表6合计等于各经济分类类级之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "基本支出合计是工资福利、商品和服务、对个人和家庭的补助、资本性支出等的汇总；不等说明某类漏列或合计有误。",
        basis = "DOMAIN.md 恒等式7；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class EconomicTotalRule extends TopRowsSumRule {

    public EconomicTotalRule() {
        super(TableType.GPB_BASIC_BY_ECONOMIC, "各经济分类类级之和");
    }
}
