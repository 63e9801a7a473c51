package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 六 基本支出: the total against table 5 (or 6), 人员经费 and 公用经费 and named items against table 6. */
@RuleDoc(id = "NARR-014", title = "基本支出情况所述基本支出、人员经费、公用经费与表5、表6一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "人员经费和公用经费反映机构运转成本，说明与基本支出分经济科目表不一致会掩盖真实的运转开支。",
        basis = "DOMAIN.md 恒等式11、7；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class BasicExpenditureMatchesTablesRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.BASIC;
    }
}
