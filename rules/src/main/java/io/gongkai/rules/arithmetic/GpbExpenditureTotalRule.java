package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 5: 合计 = Σ 类 rows, column by column. */
@RuleDoc(id = "ARITH-022", title = "表5合计等于各类科目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "一般公共预算支出合计是各功能类的汇总，也是情况说明中支出结构的依据；不等说明科目漏列或合计录错。",
        basis = "DOMAIN.md 恒等式3、5；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GpbExpenditureTotalRule extends TopRowsSumRule {

    public GpbExpenditureTotalRule() {
        super(TableType.GPB_EXPENDITURE, "各类科目之和");
    }
}
