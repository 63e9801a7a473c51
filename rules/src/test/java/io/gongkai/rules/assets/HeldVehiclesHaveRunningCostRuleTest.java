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

class HeldVehiclesHaveRunningCostRuleTest {

    private final HeldVehiclesHaveRunningCostRule rule = new HeldVehiclesHaveRunningCostRule();

    @Test
    void firesOnSeed004FiveVehiclesAndAnEmptyThreePublicTable() {
        // 十一 says 实有5辆; 七 says 本部门无“三公”经费预算 and table 10 is 本表无数据 (like seed 003's 2 vehicles)
        assertThat(RuleHarness.run(rule, TestReports.seed004())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-003");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("实有公务用车5辆", "表10", "运行维护费为0");
            assertThat(f.tables()).containsExactly(10);
            assertThat(f.evidence()).extracting(e -> e.value()).containsExactly("（空）", "5");
        });
    }

    @Test
    void firesWhenFixtureARunningCostIsZero() {
        Report report = ReportEdits.cell(TestReports.fixtureA(), TableType.THREE_PUBLIC,
                ReportEdits.row(RowKeys.VEHICLE_OPERATION), "total", "0.00");
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("实有公务用车3辆"));
    }

    @Test
    void firesOnTableSixWhenTheTemplateHasNoThreePublicTable() {
        Report report = ReportEdits.withoutTable(AssetEdits.actual(TestReports.fixtureB(), 1),
                TableType.THREE_PUBLIC);
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.tables()).containsExactly(6));
    }

    @Test
    void staysSilentWhenRunningCostsAreBudgetedOrNoVehicleIsHeld() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
