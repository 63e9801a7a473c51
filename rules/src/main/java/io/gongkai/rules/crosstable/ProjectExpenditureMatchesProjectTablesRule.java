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
 * Table 3's 项目支出 合计 is all project money: this year's projects (table 12) plus the carried-over projects
 * (table 13). Without table 13, it is table 12 alone when nothing is carried over.
 */
@RuleDoc(id = "XTAB-020", title = "表3项目支出合计等于表12合计加表13合计",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "项目支出预算表（本年预算）和（上年结转）逐项列示项目支出，两表合计之和必须等于支出总表的项目支出；"
                + "不一致说明有项目漏列、多列或金额有误。",
        basis = "DOMAIN.md 恒等式6、10；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ProjectExpenditureMatchesProjectTablesRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figure expenditure = t.totalFigure(TableType.EXPENDITURE_SUMMARY, Side.NONE, Columns.PROJECT);
        Figure current = t.projectTotal(TableType.PROJECTS_CURRENT, Columns.TOTAL);
        Figure carried = t.projectTotal(TableType.PROJECTS_CARRYOVER, Columns.TOTAL);
        if (expenditure == null || current == null) {
            return;
        }
        Figure projects;
        if (carried != null) {
            projects = current.plus(carried);
        } else {
            Figure carryover = t.carryover();
            if (carryover != null && carryover.value().signum() != 0) {
                return;
            }
            projects = current;
        }
        Figures.agree(sink, Arrays.asList(expenditure, projects),
                "项目支出应等于本年预算项目与上年结转项目之和");
    }
}
