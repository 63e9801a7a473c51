package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCodeFormatRuleTest {

    private final Rule rule = new FunctionCodeFormatRule();

    @Test
    void firesOnACodeOfEightDigits() {
        Report edited = Rows.edit(TestReports.fixtureA(), TableType.GPB_EXPENDITURE, row("2130122"),
                r -> Rows.code(r, "21301220"));
        List<Finding> findings = Rows.findings(rule, edited);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-002");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().row()).isEqualTo("21301220 农业生产发展");
            assertThat(f.actual()).isEqualTo("21301220");
        });
    }

    @Test
    void firesOnACodeWithLetters() {
        Report edited = Rows.edit(TestReports.seed001(), TableType.EXPENDITURE_SUMMARY, row("2011301"),
                r -> Rows.code(r, "20113O1"));
        assertThat(Rows.findings(rule, edited)).extracting(Finding::actual).containsExactly("20113O1");
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
