package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FundExpenditureHierarchyRuleTest {

    private final Rule rule = new FundExpenditureHierarchyRule();

    @Test
    void firesWhenASectionIsNotItsItem() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FUND_EXPENDITURE,
                row("21208"), "project", "155.00");
        Finding finding = RuleRun.at(rule, edited, 8, "21208 国有土地使用权出让收入安排的支出", "project");
        RuleRun.assertError(finding, "ARITH-031", "150.00", "155.00");
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
