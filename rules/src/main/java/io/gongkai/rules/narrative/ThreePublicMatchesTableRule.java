package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 七 “三公”经费: the total and each item against table 10. */
@RuleDoc(id = "NARR-017", title = "“三公”经费说明所述合计及各项与表10一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "“三公”经费是社会关注度最高的数字，文字说明与“三公”经费表不一致会直接引发质疑。",
        basis = "DOMAIN.md 恒等式11、8；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ThreePublicMatchesTableRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.THREE_PUBLIC;
    }
}
