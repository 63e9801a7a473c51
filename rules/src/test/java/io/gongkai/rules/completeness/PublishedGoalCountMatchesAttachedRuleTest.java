package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedGoalCountMatchesAttachedRuleTest {

    private final PublishedGoalCountMatchesAttachedRule rule = new PublishedGoalCountMatchesAttachedRule();

    @Test
    void firesOnSeed000NamingBothProjectsWithoutTables() {
        List<Finding> findings = RuleHarness.run(rule, TestReports.seed000());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-010");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("5个（572.00万元）", "3张绩效目标表（年度资金合计350000元，即35.00万元）",
                    "长治市屯留区2023年数字消费券发放（500.00万元）",
                    "租赁房屋建设“乡村e镇”公共服务中心（49.00万元）");
            assertThat(f.expected()).isEqualTo("3");
            assertThat(f.actual()).isEqualTo("5");
            assertThat(f.tables()).containsExactly(12);
            assertThat(f.location().section()).isEqualTo("情况说明 十(2)");
        });
    }

    @Test
    void firesOnSeed001NamingTheProjectWhoseAmountMakesUpTheDifference() {
        // 359.87 stated − 245.87 attached = 114.00: 忻州市饮食服务公司经费, not 外贸企业投保 (104.70)
        assertThat(RuleHarness.run(rule, TestReports.seed001())).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("7个（359.87万元）", "6张", "245.87万元", "忻州市饮食服务公司经费（114.00万元）")
                    .doesNotContain("外贸企业投保");
            assertThat(f.evidence()).extracting(e -> e.value()).contains("7", "359.87", "114.00");
        });
    }

    @Test
    void firesWhenMoreTablesAreAttachedThanStated() {
        Report seed = TestReports.fixtureB();
        List<PerformanceGoal> goals = new ArrayList<>(seed.performanceGoals());
        goals.add(TestReports.fixtureA().performanceGoals().get(0));
        assertThat(RuleHarness.run(rule, seed.withPerformanceGoals(goals))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1个", "附了2张"));
    }

    @Test
    void staysSilentWhereTheCountsAgree() {
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
