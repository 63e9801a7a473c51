package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class GpbExpenditureByCodeMatchesIncomeRuleTest {

    private final GpbExpenditureByCodeMatchesIncomeRule rule = new GpbExpenditureByCodeMatchesIncomeRule();

    @Test
    void firesWhenACodeDepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.GPB_EXPENDITURE, ReportEdits.row("2010150"),
                Columns.TOTAL, "83.79");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-011");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表5「2010150 事业运行」合计");
            assertThat(f.expected()).isEqualTo("73.79");
            assertThat(f.actual()).isEqualTo("83.79");
            assertThat(f.tables()).containsExactly(5, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
