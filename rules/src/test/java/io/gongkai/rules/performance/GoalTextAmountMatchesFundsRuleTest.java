package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class GoalTextAmountMatchesFundsRuleTest {

    private final GoalTextAmountMatchesFundsRule rule = new GoalTextAmountMatchesFundsRule();

    @Test
    void firesOnSeed004CongressOfficeAnnualGoal() {
        assertThat(RuleHarness.run(rule, TestReports.seed004())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-011");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("区乡两级人大办公经费", "年度总体目标", "50万元", "40.00万元");
            assertThat(f.expected()).isEqualTo("400000");
            assertThat(f.actual()).isEqualTo("500000");
            assertThat(f.location().section()).contains("年度总体目标");
        });
    }

    @Test
    void firesWhenAnAddedGoalSentenceStatesOtherFunds() {
        Report report = GoalEdits.goal(TestReports.fixtureB(), "图书文献购置",
                g -> GoalEdits.withGoals(g, g.periodGoal(), g.annualGoal() + "本年安排购书经费480万元。"));
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("480万元", "5200000元"));
    }

    @Test
    void firesAWarningWhenTheProjectOverviewStatesOtherFunds() {
        Report report = GoalEdits.goal(TestReports.seed004(), "区乡两级人大办公经费", g -> new PerformanceGoal(
                g.projectName(), g.departmentCode(), g.departmentName(), g.implementingUnit(), g.attribute(),
                g.period(), g.periodFunds(), g.annualFunds(), g.overview().replace("80万元", "90万元"), g.basis(),
                g.necessity(), g.safeguards(), g.plan(), g.periodGoal(), g.annualGoal(), g.periodIndicators(),
                g.annualIndicators(), g.source()));
        assertThat(RuleHarness.run(rule, report)).filteredOn(f -> f.severity() == Severity.WARNING)
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("项目概况", "90万元", "800000元");
                    assertThat(f.expected()).isEqualTo("800000");
                    assertThat(f.actual()).isEqualTo("900000");
                });
    }

    @Test
    void staysSilentOnPerUnitCappedAndEarlierYearAmounts() {
        // 001 贸促会…交通费等补助: 每家企业补助…交通费（3000元封顶）和1000元住宿费
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        Report report = GoalEdits.goal(TestReports.fixtureB(), "图书文献购置",
                g -> GoalEdits.withGoals(g, g.periodGoal(), "2023年已投入购书经费300万元，本年申请资金520万元。"));
        assertThat(RuleHarness.run(rule, report)).isEmpty();
    }

    @Test
    void staysSilentOnPerUnitAndOutcomeAmounts() {
        Report report = GoalEdits.goal(TestReports.fixtureB(), "图书文献购置",
                g -> GoalEdits.withGoals(g, g.periodGoal(),
                        "按每册不超过130元采购，带动阅读消费100万元，申请资金520万元。"));
        assertThat(RuleHarness.run(rule, report)).isEmpty();
    }

    @Test
    void staysSilentOnThePeriodGoalOfSeed004AndOnOtherDocuments() {
        // 实施期目标 需申请办公经费80万元 = 实施期资金 800,000元; 每人每月200元 is a unit amount
        assertThat(RuleHarness.run(rule, TestReports.seed004()))
                .noneMatch(f -> f.message().contains("实施期"));
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
