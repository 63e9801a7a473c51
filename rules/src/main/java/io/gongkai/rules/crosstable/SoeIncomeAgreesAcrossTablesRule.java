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
 * 国有资本经营预算 this year is one figure: table 1's and table 4's income row, table 2's 合计 column and table
 * 9's 合计 on both of its sides.
 */
@RuleDoc(id = "XTAB-003", title = "国有资本经营预算本年收入在表1、表2、表4与表9中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "国有资本经营预算收支预算表是收支总表中国有资本经营预算收入的明细，当年收入与当年支出应为同一个数；"
                + "不一致说明其中一张表填报有误。",
        basis = "DOMAIN.md 恒等式2；《中华人民共和国预算法》第五条、第十条；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class SoeIncomeAgreesAcrossTablesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figures.agree(sink, Arrays.asList(t.summarySource(RowKeys.SOE), t.incomeTotal(Columns.SOE),
                t.fiscalSource(RowKeys.SOE), t.totalFigure(TableType.SOE_BUDGET, Side.INCOME, Columns.AMOUNT),
                t.totalFigure(TableType.SOE_BUDGET, Side.EXPENDITURE, Columns.TOTAL)),
                "各表所列国有资本经营预算本年收入（表9支出方为其当年支出）应相同");
    }
}
