package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ThreePublicItemsInEconomicTableRuleTest {

    private final ThreePublicItemsInEconomicTableRule rule = new ThreePublicItemsInEconomicTableRule();

    @Test
    void firesOnSeed001WhoseTable6HasNoReceptionRow() {
        // DOMAIN.md: 三公 公务接待费 is 1.00, but table 6 has no 公务接待费 row.
        assertThat(RuleRun.findings(rule, TestReports.seed001())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-017");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().describe()).isEqualTo("表10「公务接待费」一般公共预算");
            assertThat(f.expected()).isEqualTo("1.00");
            assertThat(f.tables()).containsExactly(10, 6);
            assertThat(f.message()).contains("没有「公务接待费」科目");
        });
    }

    @Test
    void firesAnErrorWhenTable6PaysMoreThanTable10States() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC,
                ReportEdits.row("30217"), Columns.TOTAL, "5.50");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表6「30217 公务接待费」合计");
            assertThat(f.expected()).isEqualTo("3.50");
            assertThat(f.actual()).isEqualTo("5.50");
            assertThat(f.tables()).containsExactly(6, 10);
        });
    }

    @Test
    void staysSilentWhereTable6PrintsOnlyItsGroups() {
        Report groupsOnly = ReportEdits.rows(TestReports.seed001(), TableType.GPB_BASIC_BY_ECONOMIC,
                rows -> rows.stream().filter(r -> r.key() != null).toList());

        assertThat(RuleRun.findings(rule, groupsOnly)).isEmpty();
    }

    @Test
    void staysSilentWhereTable6MatchesTable10() {
        // Fixture A: 公务接待费 3.50 and 公务用车运行费 12.00 in both; fixture B: 公务接待费 0.80 in both.
        assertThat(RuleRun.findings(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleRun.findings(rule, TestReports.fixtureB())).isEmpty();
        assertThat(RuleRun.findings(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleRun.findings(rule, TestReports.seed004())).isEmpty();
    }
}
