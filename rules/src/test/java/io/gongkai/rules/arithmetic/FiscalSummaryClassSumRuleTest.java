package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSummaryClassSumRuleTest {

    private final Rule rule = new FiscalSummaryClassSumRule();

    @Test
    void firesWhenTheExpenditureTotalIsNotTheSumOfClasses() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("currentExpenditureTotal"), "fund", "160.00");
        Finding finding = RuleRun.at(rule, edited, 4, "本年支出合计", "fund");
        RuleRun.assertError(finding, "ARITH-014", "150.00", "160.00");
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
