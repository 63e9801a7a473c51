package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EconomicCodeNameRuleTest {

    private final Rule rule = new EconomicCodeNameRule();

    @Test
    void firesWhenAPrintedCodeCarriesAnotherName() {
        Report edited = Rows.edit(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC, row("30217"),
                r -> r.withName("公务用车运行维护费"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-009");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().row()).isEqualTo("30217 公务用车运行维护费");
            assertThat(f.expected()).isEqualTo("公务接待费");
            assertThat(f.actual()).isEqualTo("公务用车运行维护费");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
