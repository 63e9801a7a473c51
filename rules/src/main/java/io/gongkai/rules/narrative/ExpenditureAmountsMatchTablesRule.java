package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 三 支出: 支出总计, 基本支出 and 项目支出 against tables 1 and 3. */
@RuleDoc(id = "NARR-007", title = "支出预算情况所述支出总计、基本支出、项目支出与表1、表3一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "基本支出与项目支出的划分是预算结构的核心信息，说明与预算支出总表不一致会误导读者对运转与事业支出的判断。",
        basis = "DOMAIN.md 恒等式11、4；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ExpenditureAmountsMatchTablesRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.EXPENDITURE;
    }
}
