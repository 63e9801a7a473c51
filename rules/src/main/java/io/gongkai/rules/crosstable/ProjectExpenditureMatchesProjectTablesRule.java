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
 * (table 13). Without table 13, it is table 12 alone when nothing is carried over; without table 12, this year's
 * projects are the fiscal 项目支出 of tables 5, 8 and 9 when there is no other source.
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
        if (current == null && carried != null) {
            current = fiscalProjects(t);
        }
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

    /**
     * This year's projects without table 12: the 项目支出 of tables 5, 8 and 9, when table 2 shows no other source
     * (财政专户管理资金, 单位资金) that could pay projects; else null.
     */
    private static Figure fiscalProjects(BudgetTables t) {
        Figure special = t.incomeTotal(Columns.SPECIAL);
        Figure unit = t.incomeTotal(Columns.UNIT);
        Figure gpb = t.totalFigure(TableType.GPB_EXPENDITURE, Side.NONE, Columns.PROJECT);
        if (special == null || unit == null || gpb == null || special.value().signum() != 0
                || unit.value().signum() != 0) {
            return null;
        }
        Figure projects = gpb;
        Figure fund = t.totalFigure(TableType.FUND_EXPENDITURE, Side.NONE, Columns.PROJECT);
        Figure soe = t.totalFigure(TableType.SOE_BUDGET, Side.EXPENDITURE, Columns.PROJECT);
        if (fund == null && t.incomeTotal(Columns.FUND).value().signum() != 0
                || soe == null && t.incomeTotal(Columns.SOE).value().signum() != 0) {
            return null;
        }
        for (Figure part : new Figure[] {fund, soe}) {
            if (part != null && part.terms().get(0).present()) {
                projects = projects.plus(part);
            }
        }
        return projects;
    }
}
