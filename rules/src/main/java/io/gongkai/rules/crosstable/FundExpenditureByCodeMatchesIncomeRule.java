package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 8 is table 2's 政府性基金预算 column spread over the function codes: code by code the same figures. */
@RuleDoc(id = "XTAB-012", title = "表8各科目政府性基金支出等于表2同科目政府性基金收入",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "政府性基金预算支出表（不含上年结转）是收入总表政府性基金列按科目的展开，同一科目两表金额必须相同；基金收支须按科目对应。",
        basis = "DOMAIN.md 恒等式2、3；《中华人民共和国预算法》第九条；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FundExpenditureByCodeMatchesIncomeRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        SourceByCode.compare(t, sink, TableType.FUND_EXPENDITURE, Columns.FUND, "表8各科目合计应等于表2同科目政府性基金预算收入");
    }
}
