package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class BudgetSummaryIncomeSourcesRuleTest {

    private final Rule rule = new BudgetSummaryIncomeSourcesRule();

    @Test
    void firesWhenTheIncomeTotalIsNotTheSumOfSources() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.BUDGET_SUMMARY,
                row("currentIncomeTotal"), "amount", "1040.54");
        Finding finding = RuleRun.at(rule, edited, 1, "本年收入合计", "amount");
        RuleRun.assertError(finding, "ARITH-003", "1044.54", "1040.54");
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
    void firesWhenASourceIsChanged() {
        Report edited = ReportEdits.cell(TestReports.fixtureB(), TableType.BUDGET_SUMMARY, row("unit"), "amount",
                "38.50");
        RuleRun.assertError(RuleRun.at(rule, edited, 1, "本年收入合计", "amount"), "ARITH-003", "1236.36", "1226.36");
    }
}
