package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.TestReports;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlankTableMarkedEmptyRuleTest {

    private final BlankTableMarkedEmptyRule rule = new BlankTableMarkedEmptyRule();

    @Test
    void firesWhenAnEmptyTableLosesItsMark() {
        Report seed = TestReports.seed000();
        DisclosureTable t11 = seed.table(TableType.OPERATING_COSTS).orElseThrow();
        Report report = seed.withTable(new DisclosureTable(t11.type(), t11.title(), false, t11.rows(), t11.source()));
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-003");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("表11", "本表无数据");
            assertThat(f.tables()).containsExactly(11);
        });
    }

    @Test
    void staysSilentWhenTheTablePrintsZeros() {
        Report seed = TestReports.seed000();
        DisclosureTable t11 = seed.table(TableType.OPERATING_COSTS).orElseThrow();
        TableRow total = t11.rows().get(0).withAmount("total", java.math.BigDecimal.ZERO);
        Report report = seed.withTable(new DisclosureTable(t11.type(), t11.title(), false,
                java.util.List.of(total), t11.source()));
        assertThat(RuleHarness.run(rule, report)).isEmpty();
        assertThat(total.amounts()).isEqualTo(Map.of("total", java.math.BigDecimal.ZERO));
    }

    @Test
    void staysSilentOnSeedsAndFixturesWhoseEmptyTablesAreMarked() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
