package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Assets;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class AssetsSectionCompleteRuleTest {

    private final AssetsSectionCompleteRule rule = new AssetsSectionCompleteRule();

    @Test
    void firesForEachMissingItem() {
        Report seed = TestReports.seed004();
        Assets a = seed.assets();
        Report report = seed.withAssets(new Assets(a.asOf(), a.vehicles(), null, null, null, a.source()));
        var findings = RuleHarness.run(rule, report);
        assertThat(findings).extracting(Finding::rule).containsOnly("ASSET-009");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(Finding::expected).containsExactly("办公用房面积", "单价50万元以上设备数");
    }

    @Test
    void firesForAMissingQuotaWhenVehiclesAreHeld() {
        Report report = AssetEdits.vehicles(TestReports.fixtureA(), null, 3, TestReports.fixtureA().assets()
                .vehicles().byCategory());
        assertThat(RuleHarness.run(rule, report)).extracting(Finding::expected).containsExactly("公务用车编制数");
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
