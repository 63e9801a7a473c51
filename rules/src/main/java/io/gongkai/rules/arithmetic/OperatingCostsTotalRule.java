package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 11: 部门合计 = Σ unit rows, column by column. */
@RuleDoc(id = "ARITH-039", title = "表11部门合计等于各单位机关运行经费之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "部门机关运行经费是所属各单位的汇总；不等说明某单位漏列或合计有误。",
        basis = "DOMAIN.md 恒等式9；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class OperatingCostsTotalRule extends TopRowsSumRule {

    public OperatingCostsTotalRule() {
        super(TableType.OPERATING_COSTS, "各单位（或各项）之和");
    }
}
