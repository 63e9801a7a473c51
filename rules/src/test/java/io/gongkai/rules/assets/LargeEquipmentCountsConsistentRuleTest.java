package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class LargeEquipmentCountsConsistentRuleTest {

    private final LargeEquipmentCountsConsistentRule rule = new LargeEquipmentCountsConsistentRule();

    @Test
    void firesWhenMoreGeneralEquipmentIsWorthAMillionThanHalfAMillion() {
        Report report = SectionEdits.text(TestReports.seed001(), "资产",
                t -> t.replace("100万元（原值）以上的通用设备0台", "100万元（原值）以上的通用设备2台"));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-008");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("100万元以上通用设备2台", "50万元以上通用设备0台");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("2");
        });
    }

    @Test
    void staysSilentAcrossDifferentClasses() {
        // fixture A: 50万元以上通用设备0台, 100万元以上专用设备1台
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }
}
