package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 二 收入: 收入总计 and each source (一般公共预算拨款收入 … 上年结转) against table 1 (or table 2's 合计). */
@RuleDoc(id = "NARR-005", title = "收入预算情况所述各项收入与表1一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "收入按来源的说明是对预算收支总表的文字解读，金额不一致说明文字或表格有一处填错。",
        basis = "DOMAIN.md 恒等式11、2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class IncomeAmountsMatchTablesRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.INCOME;
    }
}
