package io.gongkai.rules.performance;

import io.gongkai.model.FundSplit;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Agreement;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 资金总额 = 中央 + 省级 + 市县 + 单位自筹 + 其他, in each half (blank parts are zero). */
@RuleDoc(id = "PERF-013", kinds = {ReportKind.BUDGET, ReportKind.FINAL_ACCOUNTS}, title = "目标表资金总额等于各来源之和",
        category = Category.PERFORMANCE, severity = Severity.ERROR,
        rationale = "资金总额按来源分列（中央、省级、市县、单位自筹、其他），分项之和与总额不符，"
                + "说明资金来源填报错误。",
        basis = "DOMAIN.md 绩效目标表结构（实施期/年度资金总额及其来源）")
public final class FundSplitSumsToTotalRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        for (PerformanceGoal goal : report.performanceGoals()) {
            for (GoalHalf half : GoalHalf.of(goal)) {
                FundSplit f = half.funds();
                List<BigDecimal> parts = new ArrayList<>();
                for (BigDecimal p : new BigDecimal[] {f.central(), f.provincial(), f.local(), f.selfRaised(),
                    f.other()}) {
                    if (p != null) {
                        parts.add(p);
                    }
                }
                if (f.total() == null || parts.isEmpty()) {
                    continue;
                }
                Agreement agreement = Tolerance.sum(f.total(), parts);
                if (agreement == Agreement.EXACT) {
                    continue; // no finding: skip building its message
                }
                BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                FindingSink.Builder finding = Verdicts.report(sink, agreement,
                        "绩效目标表「" + goal.projectName() + "」" + half.label() + "资金总额" + f.total().toPlainString()
                                + "元，不等于中央、省级、市县、单位自筹和其他资金之和" + sum.toPlainString() + "元");
                if (finding != null) {
                    finding.at(half.whereFunds()).values(sum, f.total())
                            .evidence(half.describeFunds(), f.total().toPlainString(), goal.source())
                            .evidence(half.label() + "各来源资金之和（元）", sum.toPlainString(), goal.source());
                }
            }
        }
    }
}
