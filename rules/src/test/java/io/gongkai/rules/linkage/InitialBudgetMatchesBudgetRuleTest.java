package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InitialBudgetMatchesBudgetRuleTest {

    private final InitialBudgetMatchesBudgetRule rule = new InitialBudgetMatchesBudgetRule();

    @Test
    void firesWhenTheStatedInitialBudgetIsNotTableFive() {
        assertThat(Pairs.run(rule, Pairs.planted())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("500.00");
            assertThat(f.actual()).isEqualTo("510.00");
            assertThat(f.difference()).isEqualByComparingTo(new BigDecimal("10.00"));
            assertThat(f.tables()).containsExactly(5);
            assertThat(f.message()).contains("年初预算510.00万元", "表5合计500.00万元");
        });
    }

    @Test
    void staysSilentOnTheConsistentPair() {
        assertThat(Pairs.run(rule, Pairs.consistent())).isEmpty();
    }

    @Test
    void staysSilentWhenTheFinalAccountsStateNoInitialBudget() {
        ReportPair pair = new ReportPair(Pairs.budget(), TestReports.fixtureC()
                .withNarrative(TestReports.fixtureC().narrative().withFinalAccounts(null)));
        assertThat(Pairs.run(rule, pair)).isEmpty();
    }
}
