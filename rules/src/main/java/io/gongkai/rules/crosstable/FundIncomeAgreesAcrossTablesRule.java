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
 * 政府性基金预算 this year is one figure: table 1's and table 4's income row, table 2's 合计 column, table 7's
 * 合计 (fund income) and table 8's 合计 (fund expenditure without carry-over).
 */
@RuleDoc(id = "XTAB-002", title = "政府性基金预算本年收入在表1、表2、表4、表7与表8中一致",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "政府性基金预算收入表和支出表是收支总表中基金收入的明细，当年基金收入与当年基金支出必须同为一个数；"
                + "不一致说明基金预算的收入或支出有一处填错或漏列。",
        basis = "DOMAIN.md 恒等式2；《中华人民共和国预算法》第五条、第九条（政府性基金预算收支平衡）；"
                + "《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class FundIncomeAgreesAcrossTablesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figures.agree(sink, Arrays.asList(t.summarySource(RowKeys.FUND), t.incomeTotal(Columns.FUND),
                t.fiscalSource(RowKeys.FUND), t.totalFigure(TableType.FUND_INCOME, Side.NONE, Columns.AMOUNT),
                t.totalFigure(TableType.FUND_EXPENDITURE, Side.NONE, Columns.TOTAL)),
                "各表所列政府性基金预算本年收入（表8为其当年支出）应相同");
    }
}
