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

class RunningCostWithoutVehiclesRuleTest {

    private final RunningCostWithoutVehiclesRule rule = new RunningCostWithoutVehiclesRule();

    @Test
    void firesWhenFixtureBWithoutVehiclesBudgetsRunningCosts() {
        Report report = ReportEdits.cell(TestReports.fixtureB(), TableType.THREE_PUBLIC,
                ReportEdits.row(RowKeys.VEHICLE_OPERATION), "total", "2.00");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-004");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("实有公务用车0辆", "2.00万元");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("2.00");
            assertThat(f.tables()).containsExactly(10);
        });
    }

    @Test
    void firesWhenSeed001LosesItsVehicles() {
        Report report = AssetEdits.vehicles(TestReports.seed001(), 0, 0, java.util.Map.of());
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("9.00万元"));
    }

    @Test
    void staysSilentOnSeedsAndFixtures() {
        // 000: no vehicle and no cost (silent); fixture B: no vehicle and a blank ②
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
