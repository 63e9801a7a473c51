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

/** NARR-024: 十 share of published goals. */
class PublishedGoalShareRuleTest {

    private final Rule rule = new PublishedGoalShareRule();

    @Test
    void firesWhenTheShareDoesNotFollowFromTheAmounts() {
        Report report = changed(TestReports.seed001(), "十(2)", FactKind.SHARE, "涉及项目金额", "74.46");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-024");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("77.46");
            assertThat(f.actual()).isEqualTo("74.46");
            assertThat(f.message()).contains("359.87", "464.57");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
