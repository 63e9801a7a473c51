package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Narrative;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class NarrativeSectionsPresentRuleTest {

    private final NarrativeSectionsPresentRule rule = new NarrativeSectionsPresentRule();

    @Test
    void firesWhenTheProcurementSectionIsMissing() {
        Report report = NarrativeEdits.withoutSection(TestReports.fixtureA(), "采购");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-005");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("政府采购");
        });
    }

    @Test
    void firesForTheBasicExpenditureSectionOfSeed001() {
        Report report = NarrativeEdits.withoutSection(TestReports.seed001(), "基本支出");
        assertThat(RuleHarness.run(rule, report)).extracting(Finding::expected)
                .containsExactly("一般公共预算基本支出情况");
    }

    @Test
    void firesOnceWhenThereIsNoNarrative() {
        Report report = TestReports.fixtureB().withNarrative(Narrative.EMPTY);
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("未公开预算情况说明"));
    }

    @Test
    void staysSilentOnEveryTemplatesWording() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
