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

/** NARR-025: 十一 vehicles by category. */
class VehicleCategoriesAddUpRuleTest {

    private final Rule rule = new VehicleCategoriesAddUpRule();

    @Test
    void firesWhenTheCategoriesDoNotMakeTheVehiclesHeld() {
        Report report = changed(TestReports.seed001(), "十一(1)", FactKind.COUNT, "机要通信用车", "2");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-025");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明十一(1)");
            assertThat(f.expected()).isEqualTo("2");
            assertThat(f.actual()).isEqualTo("3");
        });
    }

    @Test
    void firesInTheFixtureALayoutWhereTheTotalIsCalled公务用车() {
        Report report = changed(TestReports.fixtureA(), "十一", FactKind.COUNT, "执法执勤用车", "3");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-025");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("4");
            assertThat(f.actual()).isEqualTo("3");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
