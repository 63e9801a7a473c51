package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 一 收支总体: 收入总计, 本年收入, 上年结转, 支出总计 (and 基本/项目支出 where stated) against tables 1 and 3. */
@RuleDoc(id = "NARR-001", title = "收支总体情况所述收入总计、本年收入、上年结转、支出总计与表1一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "收支总体情况是读者最先看到的数字，若与预算收支总表不符，整份公开的可信度就被动摇。",
        basis = "DOMAIN.md 恒等式11、1；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class OverviewAmountsMatchTablesRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.OVERVIEW;
    }
}
