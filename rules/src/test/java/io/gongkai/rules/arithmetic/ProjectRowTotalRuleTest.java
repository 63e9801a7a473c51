package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ProjectRowTotalRuleTest {

    private final Rule rule = new ProjectRowTotalRule();

    @Test
    void firesWhenAProjectIsNotTheSumOfItsSources() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.PROJECTS_CURRENT,
                row("驻村干部补助"), "gpb", "19.00");
        Finding finding = RuleRun.at(rule, edited, 12, "驻村干部补助", "total");
        RuleRun.assertError(finding, "ARITH-040", "19.00", "19.60");
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
    void firesOnTheCarryoverProjectTable() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.PROJECTS_CARRYOVER,
                row("智慧人大系统"), "gpb", "5.00");
        RuleRun.assertError(RuleRun.at(rule, edited, 13, "智慧人大系统", "total"), "ARITH-040", "5.00", "50.00");
    }
}
