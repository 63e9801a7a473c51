package io.gongkai.rules.performance;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.tolerance.Interval;
import java.math.BigDecimal;

/** 实施期资金总额 ≥ 年度资金总额: the year is part of the whole implementation period. */
@RuleDoc(id = "PERF-012", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "实施期资金总额不小于年度资金总额",
        category = Category.PERFORMANCE, severity = Severity.ERROR,
        rationale = "年度资金是实施期资金的一部分；年度资金大于实施期资金，两个数字至少有一个填错。",
        basis = "DOMAIN.md 绩效目标表结构（实施期资金总额、年度资金总额）")
public final class PeriodFundsCoverAnnualFundsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            BigDecimal period = goal.periodFunds().total();
            BigDecimal annual = goal.annualFunds().total();
            if (period == null || annual == null) {
                continue;
            }
            if (Interval.displayed(annual).lo().compareTo(Interval.displayed(period).hi()) <= 0) {
                continue;
            }
            sink.add("绩效目标表「" + goal.projectName() + "」年度资金总额" + annual.toPlainString() + "元大于实施期资金总额"
                            + period.toPlainString() + "元")
                    .at(GoalHalf.where(goal))
                    .values(period, annual)
                    .evidence("绩效目标表「" + goal.projectName() + "」实施期资金总额（元）", period.toPlainString(),
                            goal.source())
                    .evidence("绩效目标表「" + goal.projectName() + "」年度资金总额（元）", annual.toPlainString(),
                            goal.source());
        }
    }
}
