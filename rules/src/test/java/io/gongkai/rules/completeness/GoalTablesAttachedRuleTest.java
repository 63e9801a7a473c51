package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTablesAttachedRuleTest {

    private final GoalTablesAttachedRule rule = new GoalTablesAttachedRule();

    @Test
    void firesWhenSeed004AttachesNoGoalTable() {
        Report report = TestReports.seed004().withPerformanceGoals(List.of());
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-014");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("9个项目", "232.92万元");
            assertThat(f.tables()).containsExactly(12);
            assertThat(f.evidence()).hasSize(5);
        });
    }

    @Test
    void staysSilentWhenTheNarrativeSaysNoneArePublished() {
        Report report = NarrativeEdits.fact(TestReports.seed004().withPerformanceGoals(List.of()),
                NarrativeEdits.subject("公开项目绩效目标", "9"), "0");
        assertThat(RuleHarness.run(rule, report)).isEmpty();
    }

    @Test
    void staysSilentOnSeedsWithTablesAndFixturesWithoutProjectTables() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA().withPerformanceGoals(List.of()))).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
