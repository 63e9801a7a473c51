package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ProjectDepartmentTotalRuleTest {

    private final Rule rule = new ProjectDepartmentTotalRule();

    @Test
    void firesWhenTheDepartmentIsNotTheSumOfItsProjects() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.PROJECTS_CURRENT,
                row("total"), "total", "465.57");
        Finding finding = RuleRun.at(rule, edited, 12, "忻州市商务局", "total");
        RuleRun.assertError(finding, "ARITH-042", "464.57", "465.57");
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
    void firesWhenTheDepartmentIsNotTheSumOfItsUnits() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.PROJECTS_CARRYOVER, row("total"), "total",
                "132.30");
        Finding finding = RuleRun.at(rule, edited, 13, "长治市屯留区人民代表大会常务委员会", "total");
        RuleRun.assertError(finding, "ARITH-042", "131.30", "132.30");
    }
}
