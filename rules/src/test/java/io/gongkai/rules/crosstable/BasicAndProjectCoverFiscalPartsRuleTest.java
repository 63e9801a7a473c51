package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class BasicAndProjectCoverFiscalPartsRuleTest {

    private final BasicAndProjectCoverFiscalPartsRule rule = new BasicAndProjectCoverFiscalPartsRule();

    @Test
    void firesWhenTable3BasicIsBelowTable5Basic() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.EXPENDITURE_SUMMARY,
                ReportEdits.row("2011301"), Columns.BASIC, "348.46");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-014");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表5「2011301 行政运行」基本支出");
            assertThat(f.expected()).isEqualTo("348.46");
            assertThat(f.actual()).isEqualTo("358.46");
            assertThat(f.tables()).containsExactly(5, 3);
            assertThat(f.message()).contains("不应小于");
        });
    }

    @Test
    void firesWhenTable3BasicExceedsWhatTable2CanFund() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.EXPENDITURE_SUMMARY,
                ReportEdits.row("2010101"), Columns.BASIC, "288.92");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表3「2010101 行政运行」基本支出");
            assertThat(f.expected()).isEqualTo("278.93");
            assertThat(f.actual()).isEqualTo("288.92");
            assertThat(f.tables()).containsExactly(3, 5, 2);
            assertThat(f.message()).contains("不应超过");
        });
    }

    @Test
    void staysSilentWhereCarryoverPaysPartOfTheBasicExpenditure() {
        // Seed 004: 行政运行 278.92 in table 3 = 277.75 this year + 1.18 carried over, printed one cent short.
        assertThat(RuleRun.findings(rule, TestReports.seed004())).isEmpty();
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
