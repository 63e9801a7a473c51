package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class QuantityAndCostValuesQuantifiedRuleTest {

    private final QuantityAndCostValuesQuantifiedRule rule = new QuantityAndCostValuesQuantifiedRule();

    @Test
    void firesOnceForAQuantityWordedInBothHalves() {
        Report report = GoalEdits.goal(TestReports.seed004(), "人大代表通讯补助",
                g -> GoalEdits.withValue(g, "发放人大代表补助人数", "全覆盖"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-004");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("数量指标", "发放人大代表补助人数", "全覆盖");
            assertThat(f.actual()).isEqualTo("全覆盖");
            assertThat(f.location().row()).isEqualTo("发放人大代表补助人数");
        });
    }

    @Test
    void firesForACostWithoutFigure() {
        Report report = GoalEdits.goal(TestReports.fixtureB(), "图书文献购置",
                g -> GoalEdits.withValue(g, "纸质图书平均采购单价", "合理"));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("成本指标", "合理"));
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
