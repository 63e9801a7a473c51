package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSummaryIncomeSourcesRuleTest {

    private final Rule rule = new FiscalSummaryIncomeSourcesRule();

    @Test
    void firesWhenTheIncomeTotalIsNotTheSumOfSources() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("currentIncomeTotal"), "amount", "1054.54");
        Finding finding = RuleRun.at(rule, edited, 4, "一、本年收入", "amount");
        RuleRun.assertError(finding, "ARITH-015", "1044.54", "1054.54");
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
    void firesOnTheShanxiLayoutWhereSourcesComeFirst() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.FISCAL_SUMMARY, row("gpb"), "amount",
                "679.10");
        RuleRun.assertError(RuleRun.at(rule, edited, 4, "本年收入合计", "amount"), "ARITH-015", "679.10", "678.10");
    }
}
