package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Procurement;
import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProcurementSplitStatedRuleTest {

    private final ProcurementSplitStatedRule rule = new ProcurementSplitStatedRule();

    @Test
    void firesWhenOnlyTheTotalIsStated() {
        Report seed = TestReports.seed001();
        Report report = seed.withProcurement(new Procurement(new BigDecimal("21.07"), null, null, null,
                seed.procurement().source()));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-016");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("21.07万元", "货物、工程、服务");
        });
    }

    @Test
    void firesWhenNoTotalIsStated() {
        Report report = TestReports.fixtureA().withProcurement(Procurement.NONE);
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("没有给出政府采购预算总额"));
    }

    @Test
    void staysSilentOnSeedsAndFixtures() {
        // 000 states 0 for the total and each part
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
