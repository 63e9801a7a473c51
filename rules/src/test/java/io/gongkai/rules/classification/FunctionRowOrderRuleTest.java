package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FunctionRowOrderRuleTest {

    private final Rule rule = new FunctionRowOrderRule();

    @Test
    void firesWhenAnItemIsPrintedUnderAnotherSection() {
        Report edited = Rows.move(TestReports.fixtureA(), TableType.INCOME_SUMMARY, row("2101101"), row("2080506"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-005");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.location().row()).isEqualTo("2101101 行政单位医疗");
            assertThat(f.actual()).isEqualTo("20805 行政事业单位养老支出 之下");
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
