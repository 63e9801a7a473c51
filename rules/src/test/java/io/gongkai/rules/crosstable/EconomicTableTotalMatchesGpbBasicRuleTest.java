package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EconomicTableTotalMatchesGpbBasicRuleTest {

    private final EconomicTableTotalMatchesGpbBasicRule rule = new EconomicTableTotalMatchesGpbBasicRule();

    @Test
    void firesWhenTable6TotalDepartsFromTable5Basic() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.GPB_BASIC_BY_ECONOMIC,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "570.30");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-016");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表6「合计」合计");
            assertThat(f.expected()).isEqualTo("560.30");
            assertThat(f.actual()).isEqualTo("570.30");
            assertThat(f.tables()).containsExactly(6, 5);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
