package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class PeriodFundsCoverAnnualFundsRuleTest {

    private final PeriodFundsCoverAnnualFundsRule rule = new PeriodFundsCoverAnnualFundsRule();

    @Test
    void firesWhenTheAnnualFundsExceedThePeriodFunds() {
        Report report = GoalEdits.goal(TestReports.seed000(), "扶持进出口专项资金", g -> GoalEdits.withFunds(g,
                GoalEdits.funds("40000", "0", "0", "40000", "0", null), g.annualFunds()));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-012");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("扶持进出口专项资金", "50000元", "40000元");
            assertThat(f.expected()).isEqualTo("40000");
            assertThat(f.actual()).isEqualTo("50000");
            assertThat(f.difference()).isEqualByComparingTo("10000");
        });
    }

    @Test
    void staysSilentWhereThePeriodIsLongerOrEqualOrMissing() {
        // 000 扶持进出口 120,000 ≥ 50,000; 004 工作经费 500,000 ≥ 200,000; fixture A has no 实施期 half
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
