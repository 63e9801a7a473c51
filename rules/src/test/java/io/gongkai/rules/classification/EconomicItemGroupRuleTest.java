package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EconomicItemGroupRuleTest {

    private final Rule rule = new EconomicItemGroupRule();

    @Test
    void firesWhenAnItemIsPrintedUnderAnotherGroup() {
        Report edited = Rows.move(TestReports.seed000(), TableType.GPB_BASIC_BY_ECONOMIC, row("退休费"),
                row("其他工资福利支出"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-012");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().row()).isEqualTo("退休费｜离退休费");
            assertThat(f.expected()).isEqualTo("303");
            assertThat(f.actual()).isEqualTo("301");
        });
    }

    @Test
    void firesOnPrintedCodes() {
        Report edited = Rows.move(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC, row("31002"),
                row("30201"));
        assertThat(Rows.findings(rule, edited)).singleElement()
                .satisfies(f -> assertThat(f.location().row()).isEqualTo("31002 办公设备购置"));
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
