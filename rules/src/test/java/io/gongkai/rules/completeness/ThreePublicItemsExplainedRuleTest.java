package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ThreePublicItemsExplainedRuleTest {

    private final ThreePublicItemsExplainedRule rule = new ThreePublicItemsExplainedRule();

    @Test
    void firesWhenTheReceptionSentenceIsDropped() {
        Report report = NarrativeEdits.sectionText(TestReports.fixtureA(), "三公",
                t -> t.replace("公务接待费3.50万元，比上年减少0.40万元。", "").replace("公务接待支出", "其他支出"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-009");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("15.50万元", "公务接待费");
            assertThat(f.tables()).containsExactly(10);
            assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("15.50"));
        });
    }

    @Test
    void staysSilentWhenThereIsNoThreePublicMoney() {
        // 000 and 004: 本部门无“三公”经费预算。
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }

    @Test
    void staysSilentWhenEachItemIsExplained() {
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
