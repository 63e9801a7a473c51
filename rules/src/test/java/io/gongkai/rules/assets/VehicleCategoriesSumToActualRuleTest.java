package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class VehicleCategoriesSumToActualRuleTest {

    private final VehicleCategoriesSumToActualRule rule = new VehicleCategoriesSumToActualRule();

    @Test
    void firesWhenACategoryOfSeed004Changes() {
        Report report = AssetEdits.category(TestReports.seed004(), "其他公务用车", 4);
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSET-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("实有5辆", "分类合计4辆", "其他公务用车4辆");
            assertThat(f.expected()).isEqualTo("5");
            assertThat(f.actual()).isEqualTo("4");
            assertThat(f.evidence()).hasSize(8);
        });
    }

    @Test
    void firesWhenTheTotalOfFixtureAChanges() {
        assertThat(RuleHarness.run(rule, AssetEdits.actual(TestReports.fixtureA(), 2))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("实有2辆", "分类合计3辆"));
    }

    @Test
    void staysSilentWhenCategoriesAddUp() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
