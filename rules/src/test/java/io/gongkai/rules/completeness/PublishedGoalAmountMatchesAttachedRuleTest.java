package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class PublishedGoalAmountMatchesAttachedRuleTest {

    private final PublishedGoalAmountMatchesAttachedRule rule = new PublishedGoalAmountMatchesAttachedRule();

    @Test
    void firesWhenFixtureAStatesAnotherAmount() {
        Report report = NarrativeEdits.fact(TestReports.fixtureA(), NarrativeEdits.subject("涉及资金", "228.60"),
                "238.60");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-011");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("238.60万元", "2286000元");
            assertThat(f.expected()).isEqualTo("228.60");
            assertThat(f.actual()).isEqualTo("238.60");
            assertThat(f.evidence()).hasSize(3);
        });
    }

    @Test
    void firesOnlyARemarkForACentOfRounding() {
        Report report = NarrativeEdits.fact(TestReports.seed004(), NarrativeEdits.subject("涉及项目金额", "232.92"),
                "232.93");
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void staysSilentWhenYuanRoundToTheStatedAmount() {
        // 004: Σ 2,329,244.59元 is 232.92万元
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }

    @Test
    void staysSilentWhenTheCountAlreadyDisagrees() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
    }
}
