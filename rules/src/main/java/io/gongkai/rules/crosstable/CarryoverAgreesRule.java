package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/** 上年结转: table 1's income row against table 2's 上年结转 column 合计. */
@RuleDoc(id = "XTAB-006", title = "上年结转在表1与表2中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "上年结转是部门可用资金的一部分，收支总表与收入总表必须给出同一个数；"
                + "不一致会使收入总计、支出总计和结转资金的使用情况都无法核对。",
        basis = "DOMAIN.md 恒等式2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class CarryoverAgreesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figures.agree(sink, Arrays.asList(t.summaryIncome(RowKeys.CARRYOVER), t.incomeTotal(Columns.CARRYOVER)),
                "表1上年结转应等于表2上年结转合计");
    }
}
