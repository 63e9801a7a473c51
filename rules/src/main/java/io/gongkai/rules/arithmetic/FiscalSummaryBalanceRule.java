package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 4: 收入总计 = 支出总计. */
@RuleDoc(id = "ARITH-019", title = "表4收入总计等于支出总计",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款收支必须平衡；不平衡说明表中数字有误。",
        basis = "DOMAIN.md 恒等式1；《中华人民共和国预算法》第十二条（收支平衡）；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalSummaryBalanceRule extends BalanceRule {

    public FiscalSummaryBalanceRule() {
        super(TableType.FISCAL_SUMMARY);
    }
}
