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
 * 一般公共预算 this year is one figure that four tables publish: table 1's income row, table 2's 合计 column,
 * table 4's income row and table 5's 合计 (table 5 is the 一般公共预算 expenditure without carry-over).
 */
@RuleDoc(id = "XTAB-001", title = "一般公共预算本年收入在表1、表2、表4与表5合计中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "一般公共预算当年拨款是部门预算的核心数字，收支总表、收入总表、财政拨款收支总表和一般公共预算支出表"
                + "必须给出同一个数；不一致说明至少一张表填报或汇总有误，读者无法确定真实的拨款规模。",
        basis = "DOMAIN.md 恒等式2、5；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class GpbIncomeAgreesAcrossTablesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figures.agree(sink, Arrays.asList(t.summarySource(RowKeys.GPB), t.incomeTotal(Columns.GPB),
                t.fiscalSource(RowKeys.GPB), t.totalFigure(TableType.GPB_EXPENDITURE, Side.NONE, Columns.TOTAL)),
                "各表所列一般公共预算本年收入（表5为其当年支出）应相同");
    }
}
