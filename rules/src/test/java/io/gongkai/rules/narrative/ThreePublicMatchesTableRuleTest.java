package io.gongkai.rules.narrative;

import static io.gongkai.rules.narrative.Narratives.changed;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NARR-017: 七 against table 10. */
class ThreePublicMatchesTableRuleTest {

    private final Rule rule = new ThreePublicMatchesTableRule();

    @Test
    void firesOnTheDocumentedDefectOfFixtureB() {
        // Fixture B's 七 states “三公”经费预算1.80万元; its table 10 totals 0.80.
        List<Finding> found = Narratives.problems(rule, TestReports.fixtureB());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-017");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(10);
            assertThat(f.location().row()).isEqualTo("合计");
            assertThat(f.location().section()).isEqualTo("情况说明七");
            assertThat(f.expected()).isEqualTo("0.80");
            assertThat(f.actual()).isEqualTo("1.80");
            assertThat(f.difference()).isEqualByComparingTo("1.00");
            assertThat(f.evidence()).allSatisfy(e -> assertThat(e.source().line()).isPositive());
        });
    }

    @Test
    void firesWhenAnItemDiffers() {
        Report report = changed(TestReports.seed001(), "七", FactKind.AMOUNT, "公务接待费", "2.00");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-017");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().row()).isEqualTo("公务接待费");
            assertThat(f.expected()).isEqualTo("1.00");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtureA() {
        for (Report report : List.of(TestReports.seed000(), TestReports.seed001(), TestReports.seed004(),
                TestReports.fixtureA())) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
