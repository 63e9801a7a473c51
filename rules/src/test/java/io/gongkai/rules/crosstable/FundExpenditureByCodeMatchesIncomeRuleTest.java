package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FundExpenditureByCodeMatchesIncomeRuleTest {

    private final FundExpenditureByCodeMatchesIncomeRule rule = new FundExpenditureByCodeMatchesIncomeRule();

    @Test
    void firesWhenACodeDepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FUND_EXPENDITURE, ReportEdits.row("2120804"),
                Columns.TOTAL, "140.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-012");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表8「2120804 农村基础设施建设支出」合计");
            assertThat(f.expected()).isEqualTo("150.00");
            assertThat(f.actual()).isEqualTo("140.00");
            assertThat(f.tables()).containsExactly(8, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
