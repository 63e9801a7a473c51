package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

class FundIncomeTotalRuleTest {

    private final Rule rule = new FundIncomeTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfIncomeRows() {
        Report edited = ReportEdits.cell(FundIncome.report(), TableType.FUND_INCOME, row("total"), "amount", "160.00");
        Finding finding = RuleRun.at(rule, edited, 7, "合计", "amount");
        RuleRun.assertError(finding, "ARITH-027", "150.00", "160.00");
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
    void staysSilentOnAConsistentFundIncomeTable() {
        assertThat(RuleRun.findings(rule, FundIncome.report())).isEmpty();
    }
}
