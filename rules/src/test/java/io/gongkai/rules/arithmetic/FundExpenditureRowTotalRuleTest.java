package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FundExpenditureRowTotalRuleTest {

    private final Rule rule = new FundExpenditureRowTotalRule();

    @Test
    void firesWhenARowIsNotBasicPlusProject() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FUND_EXPENDITURE,
                row("2120804"), "project", "140.00");
        Finding finding = RuleRun.at(rule, edited, 8, "2120804 农村基础设施建设支出", "total");
        RuleRun.assertError(finding, "ARITH-029", "140.00", "150.00");
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
