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

class BasicCarryoverMatchesBasicExpenditureRuleTest {

    private final BasicCarryoverMatchesBasicExpenditureRule rule = new BasicCarryoverMatchesBasicExpenditureRule();

    @Test
    void firesWhenTable13LeavesMoreBasicCarryoverThanTable3Spends() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.PROJECTS_CARRYOVER,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "121.30");

        assertThat(RuleRun.problems(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-024");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表3「合计」基本支出");
            assertThat(f.expected()).isEqualTo("456.36");
            assertThat(f.actual()).isEqualTo("446.35");
            assertThat(f.tables()).containsExactly(3, 5, 1, 13);
        });
    }

    @Test
    void staysSilentOnSeed004WhereBasicCarryoverIsTheRestOfTheCarryover() {
        // 446.35 = 445.18 + (132.48 − 131.30) within rounding: at most a rounding remark, never a problem.
        assertThat(RuleRun.problems(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleRun.findings(rule, TestReports.seed004())).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("尾数误差");
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        for (Report report : RuleRun.allDocuments()) {
            assertThat(RuleRun.problems(rule, report)).as(report.unit().name()).isEmpty();
        }
        assertThat(RuleRun.findings(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleRun.findings(rule, TestReports.seed001())).isEmpty();
    }
}
