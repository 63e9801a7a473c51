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

class FiscalSummaryMatchesIncomeRuleTest {

    private final FiscalSummaryMatchesIncomeRule rule = new FiscalSummaryMatchesIncomeRule();

    @Test
    void firesWhenAClassOfTable4MissesItsCarryover() {
        // Fixture A: 农林水支出 789.15 = 729.15 this year + 60.00 carried over, all 一般公共预算.
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                ReportEdits.row("十三、农林水支出"), Columns.GPB, "729.15");

        assertThat(RuleRun.problems(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-015");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表4「十三、农林水支出」一般公共预算");
            assertThat(f.expected()).isEqualTo("789.15");
            assertThat(f.actual()).isEqualTo("729.15");
            assertThat(f.tables()).containsExactly(4, 2);
        });
    }

    @Test
    void firesWhenTheFundColumnTotalDeparts() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                ReportEdits.row(RowKeys.CURRENT_EXPENDITURE_TOTAL), Columns.FUND, "15.00");

        assertThat(RuleRun.problems(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().describe()).isEqualTo("表4「本年支出合计」政府性基金预算");
            assertThat(f.expected()).isEqualTo("150.00");
            assertThat(f.actual()).isEqualTo("15.00");
            assertThat(f.tables()).containsExactly(4, 2);
        });
    }

    @Test
    void firesOnASubtotalThatDoesNotAddUp() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.FISCAL_SUMMARY,
                ReportEdits.row("十、卫生健康支出"), Columns.SUBTOTAL, "18.93");

        assertThat(RuleRun.problems(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().describe()).isEqualTo("表4「十、卫生健康支出」小计");
            assertThat(f.expected()).isEqualTo("18.33");
            assertThat(f.actual()).isEqualTo("18.93");
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertNoProblemOnEveryDocument(rule);
    }
}
