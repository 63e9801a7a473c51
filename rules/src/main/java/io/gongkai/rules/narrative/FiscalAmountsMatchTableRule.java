package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 四 财政拨款: totals, this year's and carried-over income, sources and the function classes against table 4. */
@RuleDoc(id = "NARR-010", title = "财政拨款收支情况所述总计、来源及各类支出与表4一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "财政拨款是人大审查的重点，说明所列财政拨款总额、来源和按功能分类的支出必须与财政拨款收支总表相符。",
        basis = "DOMAIN.md 恒等式11；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalAmountsMatchTableRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.FISCAL;
    }
}
