package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/** Table 6 spreads table 5's 基本支出 over the economic classification: its 合计 is table 5's 基本支出 合计. */
@RuleDoc(id = "XTAB-016", title = "表6合计等于表5基本支出合计",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "一般公共预算基本支出分经济科目表是一般公共预算支出表中基本支出按经济分类的展开，两表口径相同（均不含上年结转），"
                + "合计必须相等；不一致说明人员经费、公用经费的安排与功能科目的安排对不上。",
        basis = "DOMAIN.md 恒等式7；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class EconomicTableTotalMatchesGpbBasicRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figures.agree(sink, Arrays.asList(t.totalFigure(TableType.GPB_BASIC_BY_ECONOMIC, Side.NONE, Columns.TOTAL),
                t.totalFigure(TableType.GPB_EXPENDITURE, Side.NONE, Columns.BASIC)),
                "表6合计应等于表5基本支出合计");
    }
}
