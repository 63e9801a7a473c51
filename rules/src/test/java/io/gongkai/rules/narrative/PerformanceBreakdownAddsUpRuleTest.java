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

/** NARR-023: 十 within itself. */
class PerformanceBreakdownAddsUpRuleTest {

    private final Rule rule = new PerformanceBreakdownAddsUpRule();

    @Test
    void firesWhenTheKindsDoNotMakeTheNumberOfProjects() {
        Report report = changed(TestReports.seed001(), "十(2)", FactKind.COUNT, "其他运转类项目", "7");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-023");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明十(2)");
            assertThat(f.expected()).isEqualTo("7");
            assertThat(f.actual()).isEqualTo("8");
        });
    }

    @Test
    void firesAProbableDefectWhenTheSourcesDoNotMakeTheAmount() {
        Report report = changed(TestReports.fixtureB(), "十", FactKind.AMOUNT, "单位资金", "38.50");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-023");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualTo("899.25");
            assertThat(f.actual()).isEqualTo("889.25");
        });
    }

    @Test
    void firesWhenMoreProjectsArePublishedThanManaged() {
        Report report = changed(TestReports.fixtureB(), "十", FactKind.COUNT, "公开项目绩效目标", "6");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-023");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualTo("5");
            assertThat(f.actual()).isEqualTo("6");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
