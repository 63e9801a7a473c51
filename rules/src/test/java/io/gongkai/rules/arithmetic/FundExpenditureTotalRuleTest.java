package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FundExpenditureTotalRuleTest {

    private final Rule rule = new FundExpenditureTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfClasses() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FUND_EXPENDITURE,
                row("total"), "total", "160.00");
        Finding finding = RuleRun.at(rule, edited, 8, "合计", "total");
        RuleRun.assertError(finding, "ARITH-030", "150.00", "160.00");
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
