package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationInitialBudgetMatchesProjectRuleTest {

    private final EvaluationInitialBudgetMatchesProjectRule rule = new EvaluationInitialBudgetMatchesProjectRule();

    @Test
    void firesWhenTheSelfEvaluationsInitialBudgetIsNotTableTwelve() {
        assertThat(Pairs.run(rule, Pairs.planted())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("国土空间规划编制", "年初预算数35.00万元", "预算表12的40.00万元");
            assertThat(f.difference()).isEqualByComparingTo(new BigDecimal("-5.00"));
            assertThat(f.tables()).containsExactly(12);
        });
    }

    @Test
    void firesWhenTheFullYearBudgetWasTakenForTheInitialOne() {
        ReportPair pair = Pairs.withEvaluations(e -> Pairs.initialBudget(e, e.fullYearBudget().toPlainString()));
        assertThat(Pairs.run(rule, pair)).hasSize(2);
    }

    @Test
    void staysSilentOnTheConsistentPair() {
        assertThat(Pairs.run(rule, Pairs.consistent())).isEmpty();
    }

    @Test
    void staysSilentWhenPrintedWithoutDecimals() {
        ReportPair pair = Pairs.withEvaluations(e -> Pairs.initialBudget(e,
                e.initialBudget().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()));
        assertThat(Pairs.run(rule, pair)).isEmpty();
    }
}
