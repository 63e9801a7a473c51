package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EconomicTotalRuleTest {

    private final Rule rule = new EconomicTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfGroups() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC,
                row("total"), "personnel", "450.09");
        Finding finding = RuleRun.at(rule, edited, 6, "合计", "personnel");
        RuleRun.assertError(finding, "ARITH-026", "453.09", "450.09");
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
