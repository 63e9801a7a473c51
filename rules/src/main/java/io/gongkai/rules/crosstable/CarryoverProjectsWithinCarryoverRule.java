package io.gongkai.rules.crosstable;

import io.gongkai.model.Columns;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;

/**
 * Table 13 lists the projects paid from carry-over: its 合计 cannot exceed 上年结转 (table 1 or 2), and its
 * columns by source cannot exceed table 4's carry-over of that source.
 */
@RuleDoc(id = "XTAB-023", title = "表13上年结转项目不超过上年结转（分来源不超过表4上年财政拨款结转）",
        category = Category.CROSS_TABLE, severity = Severity.ERROR,
        rationale = "上年结转项目支出只能来自上年结转资金；表13合计大于上年结转，或某来源的结转项目大于该来源的财政拨款结转，"
                + "说明结转项目或结转资金填报有误。",
        basis = "DOMAIN.md 恒等式2、6、10；《地方预决算公开操作规程》（财预〔2016〕143号）")
public final class CarryoverProjectsWithinCarryoverRule extends BudgetRule {

    @Override
    void inspect(BudgetTables t, FindingSink sink) {
        Figure projects = t.projectTotal(TableType.PROJECTS_CARRYOVER, Columns.TOTAL);
        Figure carryover = t.carryover();
        if (projects == null) {
            return;
        }
        if (carryover != null) {
            Figures.within(sink, projects, carryover, "上年结转项目不能超过上年结转资金");
        }
        if (t.fiscal().isEmpty() || !t.fiscal().get().hasCarryoverSources()
                || !t.projectSourcesPrinted(TableType.PROJECTS_CARRYOVER)) {
            return;
        }
        SummaryRows fiscal = t.fiscal().get();
        for (String source : List.of(Columns.GPB, Columns.FUND, Columns.SOE)) {
            Figure bySource = t.projectTotal(TableType.PROJECTS_CARRYOVER, source);
            Figure fiscalCarry = fiscal.carryoverSource(source).map(r -> Figure.cell(4, r, Columns.AMOUNT))
                    .orElse(Figure.none(4, "表4上年财政拨款结转中无该来源（视为0）"));
            Figures.within(sink, bySource, fiscalCarry, "某来源的上年结转项目不能超过该来源的上年财政拨款结转");
        }
    }
}
