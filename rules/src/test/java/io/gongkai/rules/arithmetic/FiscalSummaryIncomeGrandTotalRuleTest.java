package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSummaryIncomeGrandTotalRuleTest {

    private final Rule rule = new FiscalSummaryIncomeGrandTotalRule();

    @Test
    void firesWhenTheGrandTotalIsNotIncomePlusCarryover() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("incomeGrandTotal"), "amount", "1114.54");
        Finding finding = RuleRun.at(rule, edited, 4, "收入总计", "amount");
        RuleRun.assertError(finding, "ARITH-017", "1104.54", "1114.54");
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
