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
 * 本年收入合计: table 1's income row, and the 当年预算安排 of its expenditure totals where printed, against table
 * 2's 合计 (this year's income, carry-over excluded).
 */
@RuleDoc(id = "XTAB-005", title = "本年收入合计在表1与表2中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "收入总表是收支总表收入方的分科目明细，两表的本年收入合计必须相同，否则部门当年收入规模无从确定。",
        basis = "DOMAIN.md 恒等式2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class CurrentIncomeTotalAgreesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        List<Figure> figures = new ArrayList<>();
        figures.add(t.summaryIncome(RowKeys.CURRENT_INCOME_TOTAL));
        figures.addAll(t.summarySplit(Columns.CURRENT));
        figures.add(t.income().map(i -> i.current(null)).orElse(null));
        Figures.agree(sink, figures, "表1本年收入合计及支出方当年预算安排合计应等于表2合计（不含上年结转）");
    }
}
