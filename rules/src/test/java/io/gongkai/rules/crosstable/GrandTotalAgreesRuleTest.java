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

class GrandTotalAgreesRuleTest {

    private final GrandTotalAgreesRule rule = new GrandTotalAgreesRule();

    @Test
    void firesWhenTable3TotalDepartsFromTable1AndTable2() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.EXPENDITURE_SUMMARY,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "1564.77");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-008");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(3);
            assertThat(f.expected()).isEqualTo("1554.77");
            assertThat(f.actual()).isEqualTo("1564.77");
            assertThat(f.tables()).containsExactly(3, 1, 2);
            assertThat(f.message()).contains("表2「合计」合计＋上年结转 847.18＋707.59＝1554.77");
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
