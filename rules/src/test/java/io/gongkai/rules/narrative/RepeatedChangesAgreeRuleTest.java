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

/** NARR-026: the same change stated twice. */
class RepeatedChangesAgreeRuleTest {

    private final Rule rule = new RepeatedChangesAgreeRule();

    @Test
    void firesWhenTheStaffChangeIsStatedDifferently() {
        // Seed 001 says 在职人员增加2人 twice in 一 and 增加2名 in 八.
        Report report = changed(TestReports.seed001(), "八", FactKind.CHANGE, "在职人员", "3");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-026");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().section()).isEqualTo("情况说明八");
            assertThat(f.expected()).isEqualTo("2");
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
