package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Where table 9 lists function codes on its expenditure side, each equals table 2's 国有资本经营预算 column. */
@RuleDoc(id = "XTAB-013", title = "表9各科目国有资本经营预算支出等于表2同科目国有资本经营预算收入",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "国有资本经营预算支出按功能科目列示时，应与收入总表国有资本经营预算列同一科目的金额相同；不一致说明科目归属或金额有误。",
        basis = "DOMAIN.md 恒等式2；《中华人民共和国预算法》第十条；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class SoeExpenditureByCodeMatchesIncomeRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        SourceByCode.compare(t, sink, TableType.SOE_BUDGET, Columns.SOE, "表9各科目支出应等于表2同科目国有资本经营预算收入");
    }
}
