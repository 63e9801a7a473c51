package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FunctionCodeNameRuleTest {

    private final Rule rule = new FunctionCodeNameRule();

    @Test
    void firesWhenTheNameIsNotTheCataloguesNameForTheCode() {
        Report edited = Rows.edit(TestReports.fixtureA(), TableType.EXPENDITURE_SUMMARY, row("2130108"),
                r -> r.withName("病虫害防治"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-003");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(3);
            assertThat(f.location().row()).isEqualTo("2130108 病虫害防治");
            assertThat(f.expected()).isEqualTo("病虫害控制");
            assertThat(f.actual()).isEqualTo("病虫害防治");
        });
    }

    @Test
    void staysSilentOnWidthAndSpacingVariants() {
        Report edited = Rows.edit(TestReports.fixtureA(), TableType.EXPENDITURE_SUMMARY, row("2130108"),
                r -> r.withName("病虫害 控制"));
        assertThat(Rows.findings(rule, edited)).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
