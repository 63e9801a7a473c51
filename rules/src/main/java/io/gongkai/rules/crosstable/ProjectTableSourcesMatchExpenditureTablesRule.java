package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.Side;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.Arrays;

/**
 * Table 12's source columns are this year's project money by source: its 一般公共预算 合计 is table 5's 项目支出,
 * its 政府性基金预算 table 8's and its 国有资本经营预算 table 9's.
 */
@RuleDoc(id = "XTAB-021", title = "表12各财政拨款来源合计等于表5、表8、表9的项目支出",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "项目支出预算表（本年预算）按资金来源列示当年项目；一般公共预算、政府性基金、国有资本经营预算安排的项目合计"
                + "必须等于对应支出表的项目支出，否则项目清单与预算安排不符。",
        basis = "DOMAIN.md 恒等式5、10；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ProjectTableSourcesMatchExpenditureTablesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        if (!t.projectSourcesPrinted(TableType.PROJECTS_CURRENT)) {
            return;
        }
        Figures.agree(sink, Arrays.asList(t.projectTotal(TableType.PROJECTS_CURRENT, Columns.GPB),
                t.totalFigure(TableType.GPB_EXPENDITURE, Side.NONE, Columns.PROJECT)),
                "表12一般公共预算合计应等于表5项目支出合计");
        Figures.agree(sink, Arrays.asList(t.projectTotal(TableType.PROJECTS_CURRENT, Columns.FUND),
                t.totalFigure(TableType.FUND_EXPENDITURE, Side.NONE, Columns.PROJECT)),
                "表12政府性基金预算合计应等于表8项目支出合计");
        Figures.agree(sink, Arrays.asList(t.projectTotal(TableType.PROJECTS_CURRENT, Columns.SOE),
                t.totalFigure(TableType.SOE_BUDGET, Side.EXPENDITURE, Columns.PROJECT)),
                "表12国有资本经营预算合计应等于表9项目支出合计");
    }
}
