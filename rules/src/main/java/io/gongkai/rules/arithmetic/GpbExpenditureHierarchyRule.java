package io.gongkai.rules.arithmetic;

import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 5: 类 = Σ 款 and 款 = Σ 项, column by column. */
@RuleDoc(id = "ARITH-023", title = "表5类等于所属款之和、款等于所属项之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "一般公共预算支出应细化到项级科目并逐级汇总；不等说明明细科目漏列或金额有误。",
        basis = "DOMAIN.md 恒等式3；《中华人民共和国预算法》第四十六条（按功能分类编列到项）")
public final class GpbExpenditureHierarchyRule extends CodeHierarchyRule {

    public GpbExpenditureHierarchyRule() {
        super(TableType.GPB_EXPENDITURE, Side.NONE);
    }
}
