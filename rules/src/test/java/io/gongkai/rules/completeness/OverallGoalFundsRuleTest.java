package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverallGoalFundsRuleTest {

    private final OverallGoalFundsRule rule = new OverallGoalFundsRule();

    @Test
    void firesWhenABasicExpenditurePartOfSeed000Changes() {
        Report report = NarrativeEdits.fact(TestReports.seed000(),
                NarrativeEdits.subject("基本支出", "275.18").and(f -> f.section().startsWith("十")), "285.18");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-018");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("847.18万元", "285.18万元", "572万元");
            assertThat(f.expected()).isEqualTo("857.18");
            assertThat(f.actual()).isEqualTo("847.18");
            assertThat(f.evidence()).hasSize(3);
        });
    }

    @Test
    void firesOnPartsTablesAndRepeatWhenTheWholeOfSeed004Changes() {
        Report report = NarrativeEdits.fact(TestReports.seed004(), NarrativeEdits.subject("涉及部门预算资金", "678.10"),
                "688.10");
        List<Finding> findings = RuleHarness.run(rule, report);
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.ERROR);
        assertThat(findings.get(1).message()).contains("688.10万元", "表5合计678.10万元");
        assertThat(findings.get(1).tables()).containsExactly(5, 3, 1);
    }

    @Test
    void firesWhenTheRepeatedFigureOfSeed004Differs() {
        // 十(1) states 涉及部门预算资金678.10万元 and later 涉及资金678.10万元
        Report report = NarrativeEdits.fact(TestReports.seed004(), NarrativeEdits.subject("涉及资金", "678.10"),
                "687.10");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("先称涉及资金678.10万元", "后称687.10万元");
        });
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
