package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryPresentRuleTest {

    private final GlossaryPresentRule rule = new GlossaryPresentRule();

    @Test
    void firesWithoutGlossary() {
        assertThat(RuleHarness.run(rule, NarrativeEdits.withGlossary(TestReports.fixtureA(), List.of())))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("COMP-007");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo("未公开名词解释");
                    assertThat(f.location().section()).isEqualTo("名词解释");
                });
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
