package io.gongkai.rules.arithmetic;

import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 6: each economic group (工资福利支出 …) = Σ its item rows, column by column. */
@RuleDoc(id = "ARITH-025", title = "表6经济分类类级（工资福利支出等）等于所属款级之和",
        category = Category.ARITHMETIC, severity = Severity.ERROR,
        rationale = "经济分类类级金额是其下各款的汇总；不等说明款级明细漏列或金额有误。",
        basis = "DOMAIN.md 恒等式7；《2024年政府收支分类科目》支出经济分类")
public final class EconomicGroupSumRule extends GroupMembersSumRule {

    public EconomicGroupSumRule() {
        super(RowKeys.ECONOMIC_GROUP, null, "其所属经济科目之和", TableType.GPB_BASIC_BY_ECONOMIC);
    }
}
