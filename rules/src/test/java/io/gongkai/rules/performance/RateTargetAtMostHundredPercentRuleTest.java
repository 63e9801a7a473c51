package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class RateTargetAtMostHundredPercentRuleTest {

    private final RateTargetAtMostHundredPercentRule rule = new RateTargetAtMostHundredPercentRule();

    @Test
    void firesOnASatisfactionAboveHundredPercent() {
        Report report = GoalEdits.goal(TestReports.fixtureA(), "农作物重大病虫害防控经费",
                g -> GoalEdits.withValue(g, "农户满意度", "≥190%"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-006");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("农户满意度", "≥190%");
            assertThat(f.expected()).isEqualTo("100");
            assertThat(f.actual()).isEqualTo("190");
        });
    }

    @Test
    void firesOnACompletionRateAboveHundredPercent() {
        Report report = GoalEdits.goal(TestReports.seed001(), "招商引资（展会）工作经费",
                g -> GoalEdits.withValue(g, "签约任务完成率", "≥108%"));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("签约任务完成率"));
    }

    @Test
    void staysSilentOnAGrowthRateAboveHundredPercent() {
        Report report = GoalEdits.goal(TestReports.fixtureA(), "粮食生产扶持资金",
                g -> GoalEdits.withIndicator(g, "带动粮食增产", "粮食产量增长率", "≥120%"));
        assertThat(RuleHarness.run(rule, report)).isEmpty();
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
