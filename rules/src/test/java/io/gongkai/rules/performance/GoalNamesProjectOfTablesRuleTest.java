package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalNamesProjectOfTablesRuleTest {

    private final GoalNamesProjectOfTablesRule rule = new GoalNamesProjectOfTablesRule();

    @Test
    void firesOnSeed001FoodCompanyNameMismatch() {
        List<Finding> findings = RuleHarness.run(rule, TestReports.seed001());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PERF-002");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("忻州市食品公司经营", "忻州市食品公司经费", "表12");
            assertThat(f.expected()).isEqualTo("忻州市食品公司经费");
            assertThat(f.actual()).isEqualTo("忻州市食品公司经营");
            assertThat(f.tables()).containsExactly(12);
            assertThat(f.location().describe()).contains("忻州市食品公司经营");
        });
    }

    @Test
    void firesWhenAGoalNamesNoProjectAtAll() {
        Report report = GoalEdits.goal(TestReports.seed004(), "人大会议费", g -> GoalEdits.withName(g, "街道绿化养护"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("街道绿化养护", "找不到");
            assertThat(f.tables()).containsExactly(12, 13);
        });
    }

    @Test
    void staysSilentWhenNamesDifferOnlyInSpacingAndBrackets() {
        Report report = GoalEdits.goal(TestReports.seed001(), "招商引资（展会）工作经费",
                g -> GoalEdits.withName(g, "招商引资(展会) 工作经费"));
        assertThat(RuleHarness.run(rule, report)).extracting(Finding::actual)
                .containsExactly("忻州市食品公司经营");
    }

    @Test
    void staysSilentOnSeeds000And004AndOnFixturesWithoutProjectTables() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
