package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 五 一般公共预算: the 当年支出 total (and 基本/项目支出 where stated) against table 5's 合计. */
@RuleDoc(id = "NARR-011", title = "一般公共预算当年支出总额与表5合计一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "一般公共预算当年支出规模及其变化是说明的核心内容，必须与一般公共预算支出预算表的合计一致。",
        basis = "DOMAIN.md 恒等式11、5；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GpbTotalMatchesTableRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.GPB;
    }

    @Override
    boolean covers(Role role) {
        return role != Role.ROW;
    }
}
