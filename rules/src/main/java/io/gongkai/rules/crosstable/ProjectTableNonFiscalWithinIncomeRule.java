package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;

/** Table 12's 财政专户管理资金 and 单位资金 projects cannot exceed that income in table 2. */
@RuleDoc(id = "XTAB-022", title = "表12财政专户管理资金、单位资金项目不超过表2同来源收入",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "用财政专户管理资金或单位资金安排的本年项目，不可能超过该来源的本年收入；超过说明项目资金来源填报有误。",
        basis = "DOMAIN.md 恒等式2、10；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class ProjectTableNonFiscalWithinIncomeRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        if (!t.projectSourcesPrinted(TableType.PROJECTS_CURRENT)) {
            return;
        }
        for (String source : new String[] {Columns.SPECIAL, Columns.UNIT}) {
            Figure projects = t.projectTotal(TableType.PROJECTS_CURRENT, source);
            Figure income = t.incomeTotal(source);
            if (projects != null && income != null) {
                Figures.within(sink, projects, income, "本年项目中该来源的资金不能超过该来源的本年收入");
            }
        }
    }
}
