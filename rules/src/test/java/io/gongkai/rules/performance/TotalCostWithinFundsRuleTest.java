package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class TotalCostWithinFundsRuleTest {

    private final TotalCostWithinFundsRule rule = new TotalCostWithinFundsRule();

    @Test
    void firesOnSeed000AnnualCostCopiedFromThePeriod() {
        // 扶持进出口专项资金: 年度 成本指标 12万元 against 年度资金总额 50,000元 (实施期 120,000元 agrees)
        assertThat(RuleHarness.run(rule, TestReports.seed000())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-010");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("扶持进出口专项资金", "年度", "120000元", "50000元");
            assertThat(f.expected()).isEqualTo("50000");
            assertThat(f.actual()).isEqualTo("120000");
            assertThat(f.location().section()).contains("年度指标");
        });
    }

    @Test
    void firesWhenSeed004FuneralAmountExceedsItsFunds() {
        Report report = GoalEdits.goal(TestReports.seed004(), "丧葬费和抚恤金",
                g -> GoalEdits.withValue(g, "发放金额", "338040.66元"));
        // both halves say the same, so it is reported once
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("338040.66元", "238040.66元"));
    }

    @Test
    void staysSilentOnCeilingsFloorsAndPartialCosts() {
        // 000 保障性住房: 6,000 + 10,000 + 80,000 ≤ 150,000; 004 人大会议费 ≥50万元 is PERF-008's
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
