package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

class FundIncomeHierarchyRuleTest {

    private final Rule rule = new FundIncomeHierarchyRule();

    @Test
    void firesWhenASectionIsNotTheSumOfItsItems() {
        Report edited = ReportEdits.cell(FundIncome.report(), TableType.FUND_INCOME, row("10301"), "amount", "140.00");
        Finding finding = RuleRun.at(rule, edited, 7, "10301 政府性基金收入", "amount");
        RuleRun.assertError(finding, "ARITH-028", "150.00", "140.00");
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
