package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class NoVehicleStatementMatchesAssetsRuleTest {

    private final NoVehicleStatementMatchesAssetsRule rule = new NoVehicleStatementMatchesAssetsRule();

    @Test
    void firesWhenFixtureBSaysItHasNoVehicleButHoldsOne() {
        // 七 says 本单位无公务用车
        Report report = AssetEdits.actual(TestReports.fixtureB(), 1);
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-007");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("本单位无公务用车", "实有公务用车1辆");
            assertThat(f.actual()).isEqualTo("1");
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void staysSilentWhenTheStatementIsAboutPurchases() {
        // fixture A: 本年未安排车辆购置 is not a statement that it has no vehicle
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }
}
