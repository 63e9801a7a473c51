package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * 十 绩效管理: the share stated for a group of projects (涉及项目金额…，占部门（单位）项目支出总额的X%) against the
 * project total: table 12's 合计, the amount under goal management as stated, or table 5's or 3's 项目支出.
 */
@RuleDoc(id = "NARR-024", title = "绩效目标涉及金额占项目支出总额的比例与金额一致",
        category = Category.NARRATIVE, severity = Severity.ERROR,
        rationale = "公开绩效目标的项目金额占项目支出总额的比例反映绩效信息公开的覆盖面，比例与金额不符说明计算有误。",
        basis = "DOMAIN.md 恒等式11、12；财预〔2024〕22号")
public final class PublishedGoalShareRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        PerformanceFacts facts = PerformanceFacts.of(report);
        for (PerformanceFacts.Group group : new PerformanceFacts.Group[] {facts.published(), facts.managed()}) {
            if (group == null || group.share() == null || group.amount() == null) {
                continue;
            }
            List<Checks.Whole> wholes = new ArrayList<>();
            if (Checks.isBudget(report)) {
                PerformanceAmountsMatchTablesRule.projectsTotal(report).candidates()
                        .forEach(f -> wholes.add(Checks.Whole.of(f)));
            }
            if (facts.managed() != null && facts.managed().amount() != null && group != facts.managed()) {
                wholes.add(Checks.Whole.of(facts.managed().amount()));
            }
            if (Checks.isBudget(report)) {
                Figures.gpb(report, Columns.PROJECT).ifPresent(f -> wholes.add(Checks.Whole.of(f)));
                Figures.expenditureSummary(report, Columns.PROJECT).ifPresent(f -> wholes.add(Checks.Whole.of(f)));
            }
            Checks.share(sink, group.share(), group.amount(), wholes);
        }
    }
}
