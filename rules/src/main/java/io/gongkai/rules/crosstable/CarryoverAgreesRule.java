package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * 上年结转: table 1's income row, and the 上年结转安排 of its expenditure totals where printed, against table 2's
 * 上年结转 column 合计.
 */
@RuleDoc(id = "XTAB-006", title = "上年结转在表1与表2中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "上年结转是部门可用资金的一部分，收支总表与收入总表必须给出同一个数；"
                + "不一致会使收入总计、支出总计和结转资金的使用情况都无法核对。",
        basis = "DOMAIN.md 恒等式2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class CarryoverAgreesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        List<Figure> figures = new ArrayList<>();
        figures.add(t.summaryIncome(RowKeys.CARRYOVER));
        figures.addAll(t.summarySplit(Columns.CARRYOVER));
        figures.add(t.incomeTotal(Columns.CARRYOVER));
        Figures.agree(sink, figures,
                "表1上年结转（收入方及支出方上年结转安排合计）应等于表2上年结转合计");
    }
}
