package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class BudgetSummaryClassSumRuleTest {

    private final Rule rule = new BudgetSummaryClassSumRule();

    @Test
    void firesWhenTheExpenditureTotalIsNotTheSumOfClasses() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.BUDGET_SUMMARY,
                row("currentExpenditureTotal"), "current", "1045.54");
        Finding finding = RuleRun.at(rule, edited, 1, "本年支出合计", "current");
        RuleRun.assertError(finding, "ARITH-002", "1044.54", "1045.54");
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
    void firesWhenAClassIsChangedInATemplateWithoutOrdinals() {
        Report edited = ReportEdits.cell(TestReports.fixtureB(), TableType.BUDGET_SUMMARY,
                row("卫生健康支出"), "total", "24.29");
        RuleRun.assertError(RuleRun.at(rule, edited, 1, "本年支出合计", "total"), "ARITH-002", "1236.36", "1226.36");
    }
}
