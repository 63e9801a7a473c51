package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

class SoeBudgetRowTotalRuleTest {

    private final Rule rule = new SoeBudgetRowTotalRule();

    @Test
    void firesWhenAnExpenditureRowIsNotBasicPlusProject() {
        Report edited = ReportEdits.cell(SoeBudget.report(), TableType.SOE_BUDGET, row("2230199"), "project", "14.00");
        Finding finding = RuleRun.at(rule, edited, 9, "2230199 其他解决历史遗留问题及改革成本支出", "total");
        RuleRun.assertError(finding, "ARITH-032", "14.00", "15.00");
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
    void staysSilentOnAConsistentSoeTable() {
        assertThat(RuleRun.findings(rule, SoeBudget.report())).isEmpty();
    }
}
