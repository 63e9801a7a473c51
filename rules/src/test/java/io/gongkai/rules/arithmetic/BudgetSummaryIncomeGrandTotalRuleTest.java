package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class BudgetSummaryIncomeGrandTotalRuleTest {

    private final Rule rule = new BudgetSummaryIncomeGrandTotalRule();

    @Test
    void firesWhenTheGrandTotalIsNotIncomePlusCarryover() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.BUDGET_SUMMARY,
                row("incomeGrandTotal"), "amount", "1105.54");
        Finding finding = RuleRun.at(rule, edited, 1, "收入总计", "amount");
        RuleRun.assertError(finding, "ARITH-004", "1104.54", "1105.54");
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
    void firesWhenTheCarryoverIsChanged() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.BUDGET_SUMMARY, row("carryover"), "amount",
                "131.48");
        RuleRun.assertError(RuleRun.at(rule, edited, 1, "收入总计", "amount"), "ARITH-004", "809.58", "810.58");
    }
}
