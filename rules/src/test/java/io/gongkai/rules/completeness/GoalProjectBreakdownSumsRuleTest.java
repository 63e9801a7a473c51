package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalProjectBreakdownSumsRuleTest {

    private final GoalProjectBreakdownSumsRule rule = new GoalProjectBreakdownSumsRule();

    @Test
    void firesWhenAPartAmountOfSeed000Changes() {
        // 其他运转类项目 23.00 → 33.00: 33.00 + 549.00 ≠ 572.00
        Report report = NarrativeEdits.fact(TestReports.seed000(), NarrativeEdits.subject("涉及金额", "23.00"),
                "33.00");
        List<Finding> findings = RuleHarness.run(rule, report);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-017");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("572.00万元", "金额之和为582.00万元");
            assertThat(f.expected()).isEqualTo("582.00");
            assertThat(f.actual()).isEqualTo("572.00");
            assertThat(f.evidence()).hasSize(3);
        });
    }

    @Test
    void firesWhenTheTotalCountOfSeed004Changes() {
        Report report = NarrativeEdits.fact(TestReports.seed004(), NarrativeEdits.subject("公开项目绩效目标", "9"),
                "8");
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8个", "个数之和为9个"));
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
