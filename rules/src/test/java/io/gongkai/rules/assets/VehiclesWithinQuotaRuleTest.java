package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class VehiclesWithinQuotaRuleTest {

    private final VehiclesWithinQuotaRule rule = new VehiclesWithinQuotaRule();

    @Test
    void firesOnSeed001ThreeVehiclesWithoutQuota() {
        assertThat(RuleHarness.run(rule, TestReports.seed001())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-001");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("编制0辆", "实有3辆", "超编3辆");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("3");
            assertThat(f.evidence()).extracting(e -> e.source().line()).allMatch(line -> line > 0);
        });
    }

    @Test
    void firesWhenFixtureAHoldsMoreThanItsQuota() {
        assertThat(RuleHarness.run(rule, AssetEdits.actual(TestReports.fixtureA(), 4))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("编制3辆", "实有4辆"));
    }

    @Test
    void staysSilentWithinQuota() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
