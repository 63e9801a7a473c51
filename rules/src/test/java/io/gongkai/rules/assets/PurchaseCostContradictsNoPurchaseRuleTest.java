package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class PurchaseCostContradictsNoPurchaseRuleTest {

    private final PurchaseCostContradictsNoPurchaseRule rule = new PurchaseCostContradictsNoPurchaseRule();

    @Test
    void firesWhenFixtureABudgetsAPurchaseItSaysItWillNotMake() {
        Report report = ReportEdits.cell(TestReports.fixtureA(), TableType.THREE_PUBLIC,
                ReportEdits.row(RowKeys.VEHICLE_PURCHASE), "total", "18.00");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-005");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("18.00万元", "本年未安排车辆购置");
            assertThat(f.actual()).isEqualTo("18.00");
            assertThat(f.tables()).containsExactly(10);
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void staysSilentWhenNothingSaysNoPurchase() {
        Report report = ReportEdits.cell(TestReports.seed001(), TableType.THREE_PUBLIC,
                ReportEdits.row(RowKeys.VEHICLE_PURCHASE), "total", "18.00");
        assertThat(RuleHarness.run(rule, report)).isEmpty();
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
