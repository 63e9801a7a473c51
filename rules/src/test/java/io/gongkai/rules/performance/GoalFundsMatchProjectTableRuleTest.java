package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FundSplit;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalFundsMatchProjectTableRuleTest {

    private final GoalFundsMatchProjectTableRule rule = new GoalFundsMatchProjectTableRule();

    @Test
    void firesOnSeed000CommerceEnforcementFunds() {
        List<Finding> findings = RuleHarness.run(rule, TestReports.seed000());
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("PERF-001");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("商务执法办公经费", "150000元", "3.00万元");
        assertThat(f.expected()).isEqualTo("30000");
        assertThat(f.actual()).isEqualTo("150000");
        assertThat(f.difference()).isEqualByComparingTo("120000");
        assertThat(f.tables()).containsExactly(12);
        assertThat(f.evidence()).hasSize(2);
    }

    @Test
    void firesWhenAGoalAmountOfSeed004IsChanged() {
        var report = ReportEdits.goal(TestReports.seed004(), 0, g -> new io.gongkai.model.PerformanceGoal(
                g.projectName(), g.departmentCode(), g.departmentName(), g.implementingUnit(), g.attribute(),
                g.period(), g.periodFunds(), new FundSplit(new BigDecimal("99700"), null, null, null, null, null),
                g.overview(), g.basis(), g.necessity(), g.safeguards(), g.plan(), g.periodGoal(), g.annualGoal(),
                g.periodIndicators(), g.annualIndicators(), g.source()));
        List<Finding> findings = RuleHarness.run(rule, report);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("办公设备更新购置资金");
            assertThat(f.expected()).isEqualTo("98700");
            assertThat(f.actual()).isEqualTo("99700");
        });
    }

    @Test
    void staysSilentOnSeeds001And004WhereYuanRoundToTheTable() {
        // 001's 食品公司经营 matches 食品公司经费 (140.26) by the near name; 004's 238,040.66元 is 23.80万元
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }

    @Test
    void staysSilentOnFixturesWithoutProjectTables() {
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
