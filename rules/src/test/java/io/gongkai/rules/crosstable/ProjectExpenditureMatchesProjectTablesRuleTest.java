package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ProjectExpenditureMatchesProjectTablesRuleTest {

    private final ProjectExpenditureMatchesProjectTablesRule rule = new ProjectExpenditureMatchesProjectTablesRule();

    @Test
    void firesWhenTable13TotalMissesTheCarryoverProjects() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.PROJECTS_CARRYOVER,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "717.59");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-020");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表3「合计」项目支出");
            assertThat(f.expected()).isEqualTo("1289.59");
            assertThat(f.actual()).isEqualTo("1279.59");
            assertThat(f.tables()).containsExactly(3, 12, 13);
            assertThat(f.message()).contains("572.00＋717.59＝1289.59");
        });
    }

    @Test
    void firesWithoutTable12FromTheFiscalProjects() {
        Report withoutCurrent = ReportEdits.withoutTable(TestReports.seed004(), TableType.PROJECTS_CURRENT);
        Report edited = ReportEdits.cell(withoutCurrent, TableType.PROJECTS_CARRYOVER, ReportEdits.row(RowKeys.TOTAL),
                Columns.TOTAL, "31.30");

        assertThat(RuleRun.findings(rule, withoutCurrent)).isEmpty();
        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("264.22");
            assertThat(f.actual()).isEqualTo("364.22");
            assertThat(f.tables()).containsExactly(3, 5, 13);
        });
    }

    @Test
    void staysSilentWhenTable13IsPublishedEmptyAndNothingIsCarriedOver() {
        // Seed 001: table 13 prints only 注：本表无数据; 项目支出 464.57 is table 12 alone.
        assertThat(RuleRun.findings(rule, TestReports.seed001())).isEmpty();
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
