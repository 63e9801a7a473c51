package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class GpbExpenditureTotalRuleTest {

    private final Rule rule = new GpbExpenditureTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfClasses() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_EXPENDITURE,
                row("total"), "project", "350.00");
        Finding finding = RuleRun.at(rule, edited, 5, "合计", "project");
        RuleRun.assertError(finding, "ARITH-022", "353.95", "350.00");
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
