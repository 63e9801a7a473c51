package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class BudgetedProjectsEvaluatedRuleTest {

    private final BudgetedProjectsEvaluatedRule rule = new BudgetedProjectsEvaluatedRule();

    @Test
    void firesForTheBudgetedProjectWithoutASelfEvaluation() {
        assertThat(Pairs.run(rule, Pairs.planted())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("「自然资源调查监测」（60.00万元）", "2张绩效自评表");
            assertThat(f.tables()).containsExactly(12);
        });
    }

    @Test
    void firesForEveryProjectWhenTheEvaluationsNameOtherProjects() {
        ReportPair pair = Pairs.withEvaluations(e -> Pairs.renamed(e, e.projectName() + "（追加）"));
        assertThat(Pairs.run(rule, pair)).hasSize(2);
    }

    @Test
    void staysSilentOnTheConsistentPair() {
        assertThat(Pairs.run(rule, Pairs.consistent())).isEmpty();
    }

    @Test
    void staysSilentWhenTheFinalAccountsPublishNoSelfEvaluation() {
        ReportPair pair = new ReportPair(Pairs.budget(), TestReports.fixtureC());
        assertThat(TestReports.fixtureC().selfEvaluations()).isEmpty();
        assertThat(Pairs.run(rule, pair)).isEmpty();
    }
}
