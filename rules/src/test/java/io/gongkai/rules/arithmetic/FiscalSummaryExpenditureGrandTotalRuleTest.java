package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSummaryExpenditureGrandTotalRuleTest {

    private final Rule rule = new FiscalSummaryExpenditureGrandTotalRule();

    @Test
    void firesWhenTheGrandTotalIsNotExpenditurePlusYearEndCarryover() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("expenditureGrandTotal"), "gpb", "955.54");
        Finding finding = RuleRun.at(rule, edited, 4, "支出总计", "gpb");
        RuleRun.assertError(finding, "ARITH-018", "954.54", "955.54");
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
