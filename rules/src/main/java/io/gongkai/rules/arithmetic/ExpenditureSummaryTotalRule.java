package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 3: 合计 = Σ 类 rows, column by column. */
@RuleDoc(id = "ARITH-011", title = "表3合计等于各类科目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "合计行是各功能类支出的汇总；不等说明有科目漏列或合计录错。",
        basis = "DOMAIN.md 恒等式3、4；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ExpenditureSummaryTotalRule extends TopRowsSumRule {

    public ExpenditureSummaryTotalRule() {
        super(TableType.EXPENDITURE_SUMMARY, "各类科目之和");
    }
}
