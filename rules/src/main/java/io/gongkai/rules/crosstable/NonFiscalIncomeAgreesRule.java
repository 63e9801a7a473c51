package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/** 财政专户管理资金 and 单位资金 this year: table 1's income rows against table 2's 合计 columns. */
@RuleDoc(id = "XTAB-004", title = "财政专户管理资金、单位资金收入在表1与表2中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "非财政拨款收入同样要在收支总表和收入总表中给出同一个数，否则部门收入总规模与其来源构成对不上。",
        basis = "DOMAIN.md 恒等式2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class NonFiscalIncomeAgreesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figures.agree(sink, Arrays.asList(t.summarySource(RowKeys.SPECIAL), t.incomeTotal(Columns.SPECIAL)),
                "表1与表2所列财政专户管理资金收入应相同");
        Figures.agree(sink, Arrays.asList(t.summarySource(RowKeys.UNIT), t.incomeTotal(Columns.UNIT)),
                "表1与表2所列单位资金收入应相同");
    }
}
