package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class GpbExpenditureRowTotalRuleTest {

    private final Rule rule = new GpbExpenditureRowTotalRule();

    @Test
    void firesWhenARowIsNotBasicPlusProject() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_EXPENDITURE,
                row("2130122"), "project", "181.00");
        Finding finding = RuleRun.at(rule, edited, 5, "2130122 农业生产发展", "total");
        RuleRun.assertError(finding, "ARITH-021", "181.00", "180.00");
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
