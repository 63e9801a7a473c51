package io.gongkai.rules.narrative;

import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** 五(二)/(三): each 类 (and 款, 项) amount the narrative names against its row of table 5. */
@RuleDoc(id = "NARR-012", title = "一般公共预算支出结构所列各类（款、项）金额与表5一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "按功能分类说明支出结构，是读者了解钱花在哪里的主要途径，所列金额必须与表5对应科目一致。",
        basis = "DOMAIN.md 恒等式11、14；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GpbRowsMatchTableRule extends StatementsMatchTablesRule {

    @Override
    Topic topic() {
        return Topic.GPB;
    }

    @Override
    boolean covers(Role role) {
        return role == Role.ROW;
    }
}
