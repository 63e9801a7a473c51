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
import io.gongkai.model.TableType;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

/** NARR-011: 五 total against table 5. */
class GpbTotalMatchesTableRuleTest {

    private final Rule rule = new GpbTotalMatchesTableRule();

    @Test
    void firesWhenTheTotalDiffersFromTable5() {
        Report report = changed(TestReports.fixtureB(), "五(一)", FactKind.AMOUNT, "一般公共预算当年拨款支出", "1198.86");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-011");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().row()).isEqualTo("合计");
            assertThat(f.location().section()).isEqualTo("情况说明五(一)");
            assertThat(f.expected()).isEqualTo("1197.86");
        });
    }

    @Test
    void staysSilentWithoutTable5RatherThanHoldingTable4AgainstIt() {
        // Table 4's 一般公共预算 column counts the carry-over; it may clear a statement, never contradict it.
        Report report = ReportEdits.withoutTable(TestReports.seed000(), TableType.GPB_EXPENDITURE);
        assertThat(Narratives.run(rule, report)).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
