package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

class SoeBudgetTotalRuleTest {

    private final Rule rule = new SoeBudgetTotalRule();

    @Test
    void firesWhenTheIncomeTotalIsNotTheSumOfIncomeRows() {
        Report edited = ReportEdits.cell(SoeBudget.report(), TableType.SOE_BUDGET, row("total"), "amount", "25.00");
        Finding finding = RuleRun.at(rule, edited, 9, "合计", "amount");
        RuleRun.assertError(finding, "ARITH-033", "20.00", "25.00");
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
    void firesOnTheExpenditureSide() {
        Report edited = ReportEdits.cell(SoeBudget.report(), TableType.SOE_BUDGET, row("223"), "basic", "6.00");
        RuleRun.assertError(RuleRun.at(rule, edited, 9, "合计", "basic"), "ARITH-033", "6.00", "5.00");
    }

    @Test
    void staysSilentOnAConsistentSoeTable() {
        assertThat(RuleRun.findings(rule, SoeBudget.report())).isEmpty();
    }
}
