package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostIndicatorPresentRuleTest {

    private final CostIndicatorPresentRule rule = new CostIndicatorPresentRule();

    @Test
    void firesOnSeed004TablesWithABlankCostRow() {
        // 办公设备更新购置资金 (DOMAIN.md), and 工作经费 and 职业年金个人账户记实资金 whose 成本指标 rows are blank too
        List<Finding> findings = RuleHarness.run(rule, TestReports.seed004());
        assertThat(findings).extracting(Finding::rule).containsOnly("PERF-003");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(f -> f.location().section()).containsExactly(
                "绩效目标表「办公设备更新购置资金」", "绩效目标表「工作经费」", "绩效目标表「职业年金个人账户记实资金」");
        assertThat(findings.get(0).evidence().get(0).source().line()).isPositive();
    }

    @Test
    void firesWhenFixtureALosesItsFirstLevelCostIndicator() {
        Report report = GoalEdits.goal(TestReports.fixtureA(), "粮食生产扶持资金", g -> GoalEdits.without(g, "成本"));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("粮食生产扶持资金", "没有设置成本指标"));
    }

    @Test
    void firesOnceForADocumentWhoseTemplateHasNoCostRows() {
        Report report = TestReports.seed004();
        for (int i = 0; i < report.performanceGoals().size(); i++) {
            report = io.gongkai.rules.testing.ReportEdits.goal(report, i, g -> GoalEdits.without(g, "成本"));
        }
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("全部9张绩效目标表都没有设置成本指标");
            assertThat(f.evidence()).hasSize(9);
        });
    }

    @Test
    void staysSilentWhenOnlyOneHalfHasTheCostIndicator() {
        // 004 人大会议费: the 实施期 cost row is blank, the 年度 one says 总成本 ≥50万元
        assertThat(RuleHarness.run(rule, TestReports.seed004()))
                .noneMatch(f -> f.message().contains("人大会议费"));
    }

    @Test
    void staysSilentOnFixturesAndSeeds000And001() {
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
    }
}
