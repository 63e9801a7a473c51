package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class BudgetSummaryExpenditureGrandTotalRuleTest {

    private final Rule rule = new BudgetSummaryExpenditureGrandTotalRule();

    @Test
    void firesWhenTheGrandTotalIsNotExpenditurePlusYearEndCarryover() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.BUDGET_SUMMARY,
                row("expenditureGrandTotal"), "total", "1100.00");
        Finding finding = RuleRun.at(rule, edited, 1, "支出总计", "total");
        RuleRun.assertError(finding, "ARITH-005", "1104.54", "1100.00");
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
