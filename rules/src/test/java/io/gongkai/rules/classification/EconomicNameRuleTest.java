package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EconomicNameRuleTest {

    private final Rule rule = new EconomicNameRule();

    @Test
    void firesOnANameTheCatalogueDoesNotKnow() {
        Report edited = Rows.edit(TestReports.seed000(), TableType.GPB_BASIC_BY_ECONOMIC, row("电费"),
                r -> r.withName("电力费"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-008");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().row()).isEqualTo("电力费｜商品和服务支出");
            assertThat(f.actual()).isEqualTo("电力费");
        });
    }

    @Test
    void firesOnAPrintedCodeTheCatalogueDoesNotKnow() {
        Report edited = Rows.edit(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC, row("30299"),
                r -> Rows.code(r, "30298"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("30298");
            assertThat(f.message()).contains("编码 30298");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
