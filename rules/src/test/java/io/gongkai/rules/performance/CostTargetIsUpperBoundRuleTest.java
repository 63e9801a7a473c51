package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class CostTargetIsUpperBoundRuleTest {

    private final CostTargetIsUpperBoundRule rule = new CostTargetIsUpperBoundRule();

    @Test
    void firesOnSeed004MeetingCostFloor() {
        assertThat(RuleHarness.run(rule, TestReports.seed004())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-008");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("人大会议费", "总成本", "≥50万元");
            assertThat(f.expected()).isEqualTo("≤50万元");
            assertThat(f.actual()).isEqualTo("≥50万元");
            assertThat(f.location().section()).contains("人大会议费", "年度");
            assertThat(f.evidence().get(0).source().line()).isPositive();
        });
    }

    @Test
    void firesOnAWordedFloor() {
        Report report = GoalEdits.goal(TestReports.fixtureA(), "农作物重大病虫害防控经费",
                g -> GoalEdits.withValue(g, "防控物资亩均成本", "不低于6元/亩"));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("防控物资亩均成本"));
    }

    @Test
    void staysSilentOnCeilingsAndFigures() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
