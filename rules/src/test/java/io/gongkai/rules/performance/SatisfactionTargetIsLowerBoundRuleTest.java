package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class SatisfactionTargetIsLowerBoundRuleTest {

    private final SatisfactionTargetIsLowerBoundRule rule = new SatisfactionTargetIsLowerBoundRule();

    @Test
    void firesOnACeilingForSatisfaction() {
        Report report = GoalEdits.goal(TestReports.fixtureB(), "图书文献购置",
                g -> GoalEdits.withValue(g, "读者满意度", "≤95%"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-007");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("读者满意度", "≤95%");
            assertThat(f.expected()).isEqualTo("≥95%");
        });
    }

    @Test
    void staysSilentOnCeilingsOfNegativeRates() {
        // 004 故障发生率 ≤5% and fixture A 病虫危害损失率 ≤5% are rightly ceilings
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
    }
}
