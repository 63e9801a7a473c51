package io.gongkai.rules.performance;

import io.gongkai.model.Indicator;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Every goal table sets at least one 成本指标 (as a 一级 or 二级 indicator), in either half. When no table of the
 * document has one (an older template without the 成本 rows), that is one finding for the document, not one per
 * table.
 */
@RuleDoc(id = "PERF-003", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "绩效目标表设置了成本指标",
        category = Category.PERFORMANCE, severity = Severity.WARNING,
        rationale = "成本指标反映项目的经济性，是绩效目标的必备内容；没有成本指标，就无法判断资金规模是否合理，"
                + "也无法在绩效评价时衡量成本控制。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）；财政部项目支出绩效目标表样式（成本指标）")
public final class CostIndicatorPresentRule implements Rule {

    private static final int SEPARATELY = 2;

    @Override
    public void check(Report report, FindingSink sink) {
        List<PerformanceGoal> without = new ArrayList<>();
        int judged = 0;
        for (PerformanceGoal goal : report.performanceGoals()) {
            List<Indicator> all = new ArrayList<>(goal.periodIndicators());
            all.addAll(goal.annualIndicators());
            if (all.isEmpty()) {
                continue;
            }
            judged++;
            if (all.stream().noneMatch(IndicatorValue::isCost)) {
                without.add(goal);
            }
        }
        if (without.size() > SEPARATELY && without.size() == judged) {
            FindingSink.Builder finding = sink.add("全部" + judged + "张绩效目标表都没有设置成本指标")
                    .at(Location.section("附件 项目支出绩效目标表"))
                    .values("每张目标表至少一项成本指标", "均无");
            without.forEach(g -> finding.evidence("绩效目标表「" + g.projectName() + "」", g.projectName(), g.source()));
            return;
        }
        for (PerformanceGoal goal : without) {
            sink.add("绩效目标表「" + goal.projectName() + "」没有设置成本指标（成本指标一栏为空）")
                    .at(GoalHalf.where(goal))
                    .values("至少一项成本指标", "无")
                    .evidence("绩效目标表「" + goal.projectName() + "」项目名称", goal.projectName(), goal.source());
        }
    }
}
