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

class FundIncomeAgreesAcrossTablesRuleTest {

    private final FundIncomeAgreesAcrossTablesRule rule = new FundIncomeAgreesAcrossTablesRule();

    @Test
    void firesWhenTable8TotalDepartsFromTheFundIncome() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FUND_EXPENDITURE,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "160.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(8);
            assertThat(f.expected()).isEqualTo("150.00");
            assertThat(f.actual()).isEqualTo("160.00");
            assertThat(f.tables()).containsExactly(8, 1, 2, 4);
        });
    }

    @Test
    void firesWhenAnEmptyFundTableMeetsFundIncome() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.INCOME_SUMMARY,
                ReportEdits.row(RowKeys.TOTAL), Columns.FUND, "12.00");

        assertThat(RuleRun.problems(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("12.00");
            assertThat(f.tables()).contains(1, 2, 4, 7, 8);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
