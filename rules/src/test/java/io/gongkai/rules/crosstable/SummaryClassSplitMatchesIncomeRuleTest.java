package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class SummaryClassSplitMatchesIncomeRuleTest {

    private final SummaryClassSplitMatchesIncomeRule rule = new SummaryClassSplitMatchesIncomeRule();

    @Test
    void firesWhenAClassCarryoverDepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.BUDGET_SUMMARY,
                ReportEdits.row("十六、商业服务业等支出"), Columns.CARRYOVER, "700.66");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-010");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表1「十六、商业服务业等支出」上年结转");
            assertThat(f.expected()).isEqualTo("690.66");
            assertThat(f.actual()).isEqualTo("700.66");
            assertThat(f.tables()).containsExactly(1, 2);
        });
    }

    @Test
    void firesWhenAClassCurrentAmountDepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.BUDGET_SUMMARY,
                ReportEdits.row("十三、农林水支出"), Columns.CURRENT, "16.90");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().column()).isEqualTo(Columns.CURRENT);
            assertThat(f.expected()).isEqualTo("19.60");
            assertThat(f.actual()).isEqualTo("16.90");
        });
    }

    @Test
    void staysSilentWhereTable1PrintsNoSplit() {
        // Fixture B's table 1 has a single 预算数 column: there is no split to compare.
        assertThat(RuleRun.findings(rule, TestReports.fixtureB())).isEmpty();
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
