package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 5 is table 2's 一般公共预算 column spread over the function codes: code by code the same figures. */
@RuleDoc(id = "XTAB-011", title = "表5各科目一般公共预算支出等于表2同科目一般公共预算收入",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "一般公共预算支出表（不含上年结转）是收入总表一般公共预算列按科目的展开，同一科目两表金额必须相同；不一致说明拨款的科目归属或金额有误。",
        basis = "DOMAIN.md 恒等式5；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GpbExpenditureByCodeMatchesIncomeRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        SourceByCode.compare(t, sink, TableType.GPB_EXPENDITURE, Columns.GPB, "表5各科目合计应等于表2同科目一般公共预算收入");
    }
}
