package io.gongkai.rules.arithmetic;

import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Tables 12 and 13: each unit subtotal = Σ its projects, column by column. */
@RuleDoc(id = "ARITH-041", title = "表12、表13单位小计等于所属项目之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "单位小计是其项目的汇总；不等说明项目漏列或小计有误。",
        basis = "DOMAIN.md 恒等式10；《地方预决算公开操作规程》（财预〔2016〕143号）项目支出公开要求")
public final class ProjectUnitSubtotalRule extends GroupMembersSumRule {

    public ProjectUnitSubtotalRule() {
        super(RowKeys.UNIT_SUBTOTAL, RowKeys.PROJECT, "其所属项目之和",
                TableType.PROJECTS_CURRENT, TableType.PROJECTS_CARRYOVER);
    }
}
