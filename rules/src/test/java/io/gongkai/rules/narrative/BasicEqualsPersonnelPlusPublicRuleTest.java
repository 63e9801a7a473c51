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

/** NARR-015: 六 within itself. */
class BasicEqualsPersonnelPlusPublicRuleTest {

    private final Rule rule = new BasicEqualsPersonnelPlusPublicRule();

    @Test
    void firesWhenPersonnelAndPublicDoNotMakeTheBasicTotal() {
        Report report = changed(TestReports.fixtureA(), "六", FactKind.AMOUNT, "公用经费", "78.50");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-015");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明六");
            assertThat(f.expected()).isEqualTo("531.59");
            assertThat(f.actual()).isEqualTo("540.59");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
