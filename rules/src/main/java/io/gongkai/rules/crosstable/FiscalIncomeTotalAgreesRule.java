package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/** Table 4's 本年收入合计 is this year's fiscal income: table 2's 一般公共预算, 政府性基金 and 国有资本经营 合计. */
@RuleDoc(id = "XTAB-026", title = "表4本年收入合计等于表2财政拨款三项来源合计之和",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "财政拨款收支总表的本年收入就是一般公共预算、政府性基金预算和国有资本经营预算三项当年拨款之和，"
                + "与收入总表对应列合计不一致说明财政拨款规模有误。",
        basis = "DOMAIN.md 恒等式2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FiscalIncomeTotalAgreesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figure stated = t.fiscal().flatMap(f -> f.income(RowKeys.CURRENT_INCOME_TOTAL))
                .map(r -> Figure.cell(4, r, Columns.AMOUNT)).orElse(null);
        Figure income = t.income().map(i -> i.figure(null, Columns.GPB, Columns.FUND, Columns.SOE)).orElse(null);
        Figures.agree(sink, Arrays.asList(stated, income), "表4本年收入合计应等于表2一般公共预算、政府性基金预算、"
                + "国有资本经营预算三列合计之和");
    }
}
