package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/**
 * 支出总计 (this year's money plus carry-over) is one figure: table 1's 支出总计, table 3's 合计 and table 2's
 * 合计 plus its 上年结转.
 */
@RuleDoc(id = "XTAB-008", title = "表1支出总计、表3合计与表2合计加上年结转一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "预算支出总表包含上年结转安排的支出，其合计必须等于收支总表的支出总计，也等于收入总表的本年收入与上年结转之和；"
                + "不一致说明支出总表漏列或多列了支出。",
        basis = "DOMAIN.md 恒等式1、4；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GrandTotalAgreesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figure summary = t.summary().flatMap(s -> s.expenditure(RowKeys.EXPENDITURE_GRAND_TOTAL))
                .map(r -> Figure.cell(1, r, Columns.TOTAL)).orElse(null);
        Figures.agree(sink, Arrays.asList(summary,
                t.totalFigure(TableType.EXPENDITURE_SUMMARY, Side.NONE, Columns.TOTAL),
                t.income().map(i -> i.withCarryover(null)).orElse(null)),
                "支出总计应等于表3合计，也等于表2本年收入与上年结转之和");
    }
}
