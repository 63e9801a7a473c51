package io.gongkai.rules.arithmetic;

import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 2: 类 = Σ 款 and 款 = Σ 项, column by column. */
@RuleDoc(id = "ARITH-009", title = "表2类等于所属款之和、款等于所属项之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "功能分类逐级汇总，上级科目等于下级科目之和；不等说明明细科目漏列或金额有误。",
        basis = "DOMAIN.md 恒等式3；《2024年政府收支分类科目》")
public final class IncomeSummaryHierarchyRule extends CodeHierarchyRule {

    public IncomeSummaryHierarchyRule() {
        super(TableType.INCOME_SUMMARY, Side.NONE);
    }
}
