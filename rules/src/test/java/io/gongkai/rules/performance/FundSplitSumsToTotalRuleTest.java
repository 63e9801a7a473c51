package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FundSplitSumsToTotalRuleTest {

    private final FundSplitSumsToTotalRule rule = new FundSplitSumsToTotalRule();

    @Test
    void firesWhenTheSourcesDoNotAddUp() {
        Report report = GoalEdits.goal(TestReports.fixtureA(), "粮食生产扶持资金", g -> GoalEdits.withFunds(g,
                g.periodFunds(), GoalEdits.funds("1800000", "200000", "0", "1800000", "0", "0")));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-013");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("粮食生产扶持资金", "年度", "1800000元", "2000000元");
            assertThat(f.expected()).isEqualTo("2000000");
            assertThat(f.actual()).isEqualTo("1800000");
        });
    }

    @Test
    void firesOnlyARemarkForACentOfRounding() {
        Report report = GoalEdits.goal(TestReports.seed004(), "丧葬费和抚恤金", g -> GoalEdits.withFunds(g,
                g.periodFunds(), GoalEdits.funds("238040.66", "0", "0", "238040.65", "0", null)));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void staysSilentOnSeedsAndFixtures() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
