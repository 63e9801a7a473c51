package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 2: 合计 = Σ 类 rows, column by column. */
@RuleDoc(id = "ARITH-008", title = "表2合计等于各类科目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "合计行是各功能类的汇总；不等说明有科目漏列或合计录错。",
        basis = "DOMAIN.md 恒等式3；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class IncomeSummaryTotalRule extends TopRowsSumRule {

    public IncomeSummaryTotalRule() {
        super(TableType.INCOME_SUMMARY, "各类科目之和");
    }
}
