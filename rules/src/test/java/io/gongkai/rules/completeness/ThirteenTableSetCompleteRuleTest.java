package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ThirteenTableSetCompleteRuleTest {

    private final ThirteenTableSetCompleteRule rule = new ThirteenTableSetCompleteRule();

    @Test
    void firesWhenSeed004LacksItsOperatingCostTable() {
        Report report = ReportEdits.withoutTable(TestReports.seed004(), TableType.OPERATING_COSTS);
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-002");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("13张表模板", "机关运行经费", "表11");
            assertThat(f.tables()).containsExactly(11);
        });
    }

    @Test
    void firesOnSeed001WithoutTableLabelsWhenItsProjectTablesAreGone() {
        // 忻州 prints no 表N labels; tables 7 and 11 still show the 13-table template
        Report report = ReportEdits.withoutTable(ReportEdits.withoutTable(TestReports.seed001(),
                TableType.PROJECTS_CURRENT), TableType.PROJECTS_CARRYOVER);
        assertThat(RuleHarness.run(rule, report)).extracting(f -> f.tables().get(0)).containsExactly(12, 13);
    }

    @Test
    void firesOnSeed000ByItsTableLabel() {
        // only table 11 of the 13-table-only tables is left, but it is labelled 表十一
        Report report = TestReports.seed000();
        for (TableType type : new TableType[] {TableType.FUND_INCOME, TableType.PROJECTS_CURRENT,
            TableType.PROJECTS_CARRYOVER}) {
            report = ReportEdits.withoutTable(report, type);
        }
        assertThat(RuleHarness.run(rule, report)).extracting(f -> f.tables().get(0)).containsExactly(7, 12, 13);
    }

    @Test
    void staysSilentOnNineAndEightTableTemplates() {
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }

    @Test
    void staysSilentOnCompleteSeeds() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
    }
}
