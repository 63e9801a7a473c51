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

class CurrentIncomeTotalAgreesRuleTest {

    private final CurrentIncomeTotalAgreesRule rule = new CurrentIncomeTotalAgreesRule();

    @Test
    void firesWhenTable1CurrentIncomeDepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.BUDGET_SUMMARY,
                ReportEdits.row(RowKeys.CURRENT_INCOME_TOTAL), Columns.AMOUNT, "687.10");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-005");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.tables()).containsExactlyInAnyOrder(1, 2);
            assertThat(f.difference().abs()).isEqualByComparingTo("9.00");
        });
    }

    @Test
    void readsATable2WhoseTotalHoldsTheCarryover() {
        // A template whose 合计 column includes 上年结转: 合计 847.18 + 707.59 printed as 1554.77.
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.INCOME_SUMMARY,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "1554.77");

        assertThat(RuleRun.findings(rule, edited)).isEmpty();
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
