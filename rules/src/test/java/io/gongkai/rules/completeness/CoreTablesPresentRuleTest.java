package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class CoreTablesPresentRuleTest {

    private final CoreTablesPresentRule rule = new CoreTablesPresentRule();

    @Test
    void firesWhenFixtureBLacksItsEmptyFundTable() {
        Report report = ReportEdits.withoutTable(TestReports.fixtureB(), TableType.FUND_EXPENDITURE);
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-001");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("政府性基金预算支出表", "表8");
            assertThat(f.tables()).containsExactly(8);
        });
    }

    @Test
    void firesForEachMissingCoreTable() {
        Report report = ReportEdits.withoutTable(ReportEdits.withoutTable(TestReports.seed000(),
                TableType.THREE_PUBLIC), TableType.GPB_BASIC_BY_ECONOMIC);
        assertThat(RuleHarness.run(rule, report)).extracting(f -> f.tables().get(0)).containsExactly(6, 10);
    }

    @Test
    void staysSilentOnNineAndEightTableTemplatesAndTheSeeds() {
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }
}
