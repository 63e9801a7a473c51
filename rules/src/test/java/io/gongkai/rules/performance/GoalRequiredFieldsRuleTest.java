package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FundSplit;
import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class GoalRequiredFieldsRuleTest {

    private final GoalRequiredFieldsRule rule = new GoalRequiredFieldsRule();

    @Test
    void firesWhenGoalTextAndFundsAreBlank() {
        Report report = GoalEdits.goal(TestReports.seed000(), "保障性住房建设占用企业场地补偿资金",
                g -> GoalEdits.withGoals(GoalEdits.withFunds(g, FundSplit.NONE, FundSplit.NONE), null, " "));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-015");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("保障性住房建设占用企业场地补偿资金", "资金总额、总体目标");
            assertThat(f.expected()).isEqualTo("资金总额、总体目标");
        });
    }

    @Test
    void staysSilentWhenOnlyTheAnnualHalfIsFilled() {
        // fixture A's one-half tables have no 实施期 goal or funds
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }
}
