package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * Table 1 splits each 类 into 当年预算安排 and 上年结转安排: the first equals the 类's income this year in table 2,
 * the second its 上年结转 in table 2. Only checked where table 1 prints the split.
 */
@RuleDoc(id = "XTAB-010", title = "表1各类支出的当年安排与上年结转安排分别等于表2同类本年收入与上年结转",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "收支总表按类列示的当年预算安排和上年结转安排，与收入总表同一类的本年收入和上年结转是同一笔资金；"
                + "不一致说明结转资金的科目归属或当年拨款的分配有误。",
        basis = "DOMAIN.md 恒等式1、2；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class SummaryClassSplitMatchesIncomeRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        if (t.summary().isEmpty() || t.income().isEmpty()) {
            return;
        }
        SummaryRows summary = t.summary().get();
        IncomeRows income = t.income().get();
        boolean current = summary.publishesAny(List.of(Columns.CURRENT));
        boolean carryover = summary.publishesAny(List.of(Columns.CARRYOVER));
        for (String code : CodeUnion.of(summary.classes(), income.classes())) {
            if (current) {
                Figures.agree(sink, Arrays.asList(summary.classFigure(code, Columns.CURRENT), income.current(code)),
                        "表1各类当年预算安排应等于表2同类本年收入");
            }
            if (carryover) {
                Figures.agree(sink, Arrays.asList(summary.classFigure(code, Columns.CARRYOVER),
                        income.figure(code, Columns.CARRYOVER)), "表1各类上年结转安排应等于表2同类上年结转");
            }
        }
    }
}
