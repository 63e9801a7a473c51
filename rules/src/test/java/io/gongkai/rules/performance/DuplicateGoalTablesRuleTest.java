package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateGoalTablesRuleTest {

    private final DuplicateGoalTablesRule rule = new DuplicateGoalTablesRule();

    @Test
    void firesWhenAProjectHasTwoTables() {
        Report seed = TestReports.seed001();
        List<PerformanceGoal> goals = new ArrayList<>(seed.performanceGoals());
        goals.add(goals.get(0));
        assertThat(RuleHarness.run(rule, seed.withPerformanceGoals(goals))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-016");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("遗属补助", "两张");
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void staysSilentOnSeed000WhoseRepeatedPageLayersAreNotTables() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
    }
}
