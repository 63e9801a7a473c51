package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ManagedGoalsWithinProjectSpendingRuleTest {

    private final ManagedGoalsWithinProjectSpendingRule rule = new ManagedGoalsWithinProjectSpendingRule();

    @Test
    void firesWhenTheManagedAmountOfFixtureBExceedsTableThree() {
        Report report = NarrativeEdits.fact(TestReports.fixtureB(), NarrativeEdits.subject("涉及资金", "889.25"),
                "989.25");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-013");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("989.25万元", "表3项目支出合计889.25万元");
            assertThat(f.tables()).containsExactly(3);
            assertThat(f.difference()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void firesWhenSeed004CountsMoreProjectsThanItsTables() {
        // 9 projects in table 12 and 5 in table 13, of which 工作经费 and 信息网络运维费 in both: 12 projects
        Report report = NarrativeEdits.fact(TestReports.seed004(), NarrativeEdits.subject("纳入绩效目标管理", "9"),
                "19");
        assertThat(RuleHarness.run(rule, report)).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("19个", "12个项目"));
    }

    @Test
    void firesWhenThePublishedAmountExceedsTheManagedOne() {
        Report report = NarrativeEdits.fact(TestReports.seed001(), NarrativeEdits.subject("涉及项目金额", "359.87"),
                "564.57");
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("564.57万元", "纳入绩效目标管理的项目金额464.57万元"));
    }

    @Test
    void staysSilentOnSeedsAndFixtures() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
