package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class OperatingCostsTotalRuleTest {

    private final Rule rule = new OperatingCostsTotalRule();

    @Test
    void firesWhenTheDepartmentTotalIsNotTheSumOfUnits() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.OPERATING_COSTS,
                row("total"), "total", "31.75");
        Finding finding = RuleRun.at(rule, edited, 11, "部门合计", "total");
        RuleRun.assertError(finding, "ARITH-039", "30.75", "31.75");
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
