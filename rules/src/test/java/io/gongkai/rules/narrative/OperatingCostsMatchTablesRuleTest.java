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

/** NARR-020: 八 against table 11 (or table 6). */
class OperatingCostsMatchTablesRuleTest {

    private final Rule rule = new OperatingCostsMatchTablesRule();

    @Test
    void firesWhenTheAmountDiffersFromTable11() {
        Report report = changed(TestReports.seed001(), "八", FactKind.AMOUNT, "机关运行经费", "131.23");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-020");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(11);
            assertThat(f.expected()).isEqualTo("113.23");
            assertThat(f.actual()).isEqualTo("131.23");
        });
    }

    @Test
    void firesAProbableDefectAgainstTable6WithoutTable11() {
        // Fixture A has no table 11; for an administrative unit 机关运行经费 = table 6's 公用经费 (identity 9).
        Report report = changed(TestReports.fixtureA(), "八", FactKind.AMOUNT, "机关运行经费", "78.50");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-020");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().column()).isEqualTo("public");
            assertThat(f.expected()).isEqualTo("87.50");
        });
    }

    @Test
    void firesWhenTheNumberOfUnitsDiffersFromTable11() {
        Report report = changed(TestReports.seed004(), "八", FactKind.COUNT, "所属", "2");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-020");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(11);
            assertThat(f.expected()).isEqualTo("1");
            assertThat(f.actual()).isEqualTo("2");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
