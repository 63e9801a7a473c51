package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSummaryBalanceRuleTest {

    private final Rule rule = new FiscalSummaryBalanceRule();

    @Test
    void firesWhenIncomeAndExpenditureDoNotBalance() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("expenditureGrandTotal"), "subtotal", "1100.54");
        Finding finding = RuleRun.at(rule, edited, 4, "支出总计", "subtotal");
        RuleRun.assertError(finding, "ARITH-019", "1104.54", "1100.54");
    }

    @Test
    void staysSilentOnTheConsistentFixtures() {
        RuleRun.assertSilentOnFixtures(rule);
    }

    @Test
    void staysSilentBeyondRoundingOnTheSeeds() {
        RuleRun.assertAtMostInfoOnSeeds(rule);
    }
}
