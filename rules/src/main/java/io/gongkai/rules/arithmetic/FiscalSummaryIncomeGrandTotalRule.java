package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 4: 收入总计 = 本年收入合计 + 上年财政拨款结转. */
@RuleDoc(id = "ARITH-017", title = "表4收入总计等于本年收入合计加上年财政拨款结转",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "财政拨款收入总计是本年拨款与上年结转之和；不等则财政拨款总规模不可信。",
        basis = "DOMAIN.md 恒等式1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalSummaryIncomeGrandTotalRule extends IncomeGrandTotalRule {

    public FiscalSummaryIncomeGrandTotalRule() {
        super(TableType.FISCAL_SUMMARY);
    }
}
