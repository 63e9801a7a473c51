package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorLevelsPresentRuleTest {

    private final IndicatorLevelsPresentRule rule = new IndicatorLevelsPresentRule();

    @Test
    void firesWhenSatisfactionIndicatorsAreMissing() {
        Report report = GoalEdits.goal(TestReports.seed001(), "遗属补助", g -> GoalEdits.without(g, "满意"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-014");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("遗属补助", "满意度指标");
            assertThat(f.actual()).isEqualTo("缺少满意度指标");
        });
    }

    @Test
    void firesWhenATableHasNoIndicators() {
        Report report = GoalEdits.goal(TestReports.fixtureB(), "图书文献购置",
                g -> GoalEdits.withIndicators(g, List.of(), List.of()));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("没有列出任何绩效指标"));
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
