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

/** NARR-018: 七 within itself. */
class ThreePublicTotalEqualsItemsRuleTest {

    private final Rule rule = new ThreePublicTotalEqualsItemsRule();

    @Test
    void firesOnTheDocumentedDefectOfFixtureB() {
        List<Finding> found = Narratives.problems(rule, TestReports.fixtureB());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-018");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("0.80");
            assertThat(f.actual()).isEqualTo("1.80");
            assertThat(f.evidence()).hasSize(4);
        });
    }

    @Test
    void firesWhenPurchaseAndRunningCostsDoNotMakeTheVehicleItem() {
        Report report = changed(TestReports.fixtureA(), "七", FactKind.AMOUNT, "公务用车购置费", "1.00");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-018");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("13.00");
            assertThat(f.actual()).isEqualTo("12.00");
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
