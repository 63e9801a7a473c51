package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 4: 本年支出合计 = Σ function 类 rows, column by column. */
@RuleDoc(id = "ARITH-014", title = "表4本年支出合计等于各类功能支出之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款本年支出合计是各功能类支出的汇总；不等说明某类支出漏列或合计录错。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalSummaryClassSumRule extends ClassRowsSumRule {

    public FiscalSummaryClassSumRule() {
        super(TableType.FISCAL_SUMMARY);
    }
}
