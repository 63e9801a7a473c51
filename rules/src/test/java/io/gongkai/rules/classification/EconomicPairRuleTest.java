package io.gongkai.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicPairRuleTest {

    private final Rule rule = new EconomicPairRule();

    @Test
    void firesWhenTheGovernmentNameIsNotTheMappedOne() {
        Report edited = Rows.edit(TestReports.seed001(), TableType.GPB_BASIC_BY_ECONOMIC,
                r -> "办公费".equals(r.name()), r -> Rows.altName(r, "会议费"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-010");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().row()).isEqualTo("办公费｜会议费");
            assertThat(f.expected()).contains("办公经费").contains("商品和服务支出");
            assertThat(f.actual()).isEqualTo("会议费");
        });
    }

    @Test
    void staysSilentOnBothMappingsInOneTable() {
        assertThat(Rows.findings(rule, TestReports.seed004())).isEmpty();
        assertThat(Rows.findings(rule, TestReports.seed001())).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report r : List.of(TestReports.seed000(), TestReports.fixtureA(), TestReports.fixtureB())) {
            assertThat(Rows.findings(rule, r)).isEmpty();
        }
    }
}
