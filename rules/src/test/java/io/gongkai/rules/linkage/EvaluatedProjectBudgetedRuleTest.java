package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Severity;
import org.junit.jupiter.api.Test;

class EvaluatedProjectBudgetedRuleTest {

    private final EvaluatedProjectBudgetedRule rule = new EvaluatedProjectBudgetedRule();

    @Test
    void firesForTheEvaluatedProjectMissingFromTheBudget() {
        assertThat(Pairs.run(rule, Pairs.planted())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("「自然资源调查监测经费」年初预算数60.00万元", "2022年部门预算表12、表13中没有同名项目");
        });
    }

    @Test
    void staysSilentOnTheConsistentPair() {
        assertThat(Pairs.run(rule, Pairs.consistent())).isEmpty();
    }

    @Test
    void staysSilentOnAProjectAddedDuringTheYear() {
        ReportPair pair = Pairs.withEvaluations(e -> Pairs.initialBudget(Pairs.renamed(e, e.projectName() + "追加"),
                "0"));
        assertThat(Pairs.run(rule, pair)).isEmpty();
    }
}
