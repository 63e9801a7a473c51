package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.completeness.NarrativeSections;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class StatedVehiclePurchaseBudgetedRuleTest {

    private final StatedVehiclePurchaseBudgetedRule rule = new StatedVehiclePurchaseBudgetedRule();

    @Test
    void firesWhenThePlannedPurchaseHasNoCost() {
        Report report = SectionEdits.text(TestReports.fixtureA(), "资产",
                t -> t.replace("2024年部门预算未安排购置车辆。", "2024年计划更新购置执法执勤用车1辆。"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-006");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("2024年计划更新购置执法执勤用车1辆", "购置费为0");
            assertThat(f.tables()).containsExactly(10);
        });
    }

    @Test
    void recognisesPlansButNotNegations() {
        assertThat(StatedVehiclePurchaseBudgetedRule.plansPurchase(NarrativeSections.normalise("拟购置公务用车2辆")))
                .isTrue();
        assertThat(StatedVehiclePurchaseBudgetedRule.plansPurchase("未安排购置车辆")).isFalse();
        assertThat(StatedVehiclePurchaseBudgetedRule.plansPurchase("本年不购置公务用车2辆")).isFalse();
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
