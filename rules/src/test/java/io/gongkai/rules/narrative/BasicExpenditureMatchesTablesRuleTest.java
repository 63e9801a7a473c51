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

/** NARR-014: 六 against tables 5 and 6. */
class BasicExpenditureMatchesTablesRuleTest {

    private final Rule rule = new BasicExpenditureMatchesTablesRule();

    @Test
    void firesWhenPersonnelDiffersFromTable6() {
        Report report = changed(TestReports.seed004(), "六", FactKind.AMOUNT, "人员经费", "441.43");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-014");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().column()).isEqualTo("personnel");
            assertThat(f.expected()).isEqualTo("414.43");
        });
    }

    @Test
    void firesWhenTheBasicTotalDiffersFromTable5() {
        // Seed 004's 六 states 445.18, table 5's basic; table 3's 446.35 includes the 1.18 carried over.
        Report report = changed(TestReports.seed004(), "六", FactKind.AMOUNT, "基本支出", "454.18");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-014");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().column()).isEqualTo("basic");
            assertThat(f.expected()).isEqualTo("445.18");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
