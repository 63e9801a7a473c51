package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSourceBalanceRuleTest {

    private final Rule rule = new FiscalSourceBalanceRule();

    @Test
    void firesWhenASourceColumnDoesNotBalanceItsIncome() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("expenditureGrandTotal"), "fund", "140.00");
        Finding finding = RuleRun.at(rule, edited, 4, "支出总计", "fund");
        RuleRun.assertError(finding, "ARITH-020", "150.00", "140.00");
    }

    @Test
    void staysSilentOnTheConsistentFixtures() {
        RuleRun.assertSilentOnFixtures(rule);
    }

    @Test
    void staysSilentBeyondRoundingOnTheSeeds() {
        RuleRun.assertAtMostInfoOnSeeds(rule);
    }

    @Test
    void firesWhenASourceHasIncomeButNoExpenditure() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.FISCAL_SUMMARY, row("fund"), "amount",
                "1.00");
        assertThat(RuleRun.findings(rule, edited)).anySatisfy(f -> {
            assertThat(f.location().column()).isEqualTo("fund");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }
}
