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

class CarryoverProjectsWithinCarryoverRuleTest {

    private final CarryoverProjectsWithinCarryoverRule rule = new CarryoverProjectsWithinCarryoverRule();

    @Test
    void firesWhenCarriedOverProjectsExceedTheCarryover() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.PROJECTS_CARRYOVER,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "140.30");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-023");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表13「长治市屯留区人民代表大会常务委员会」合计");
            assertThat(f.expected()).isEqualTo("132.48");
            assertThat(f.actual()).isEqualTo("140.30");
            assertThat(f.tables()).containsExactly(13, 1);
        });
    }

    @Test
    void firesWhenASourceExceedsItsFiscalCarryover() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.PROJECTS_CARRYOVER,
                ReportEdits.row(RowKeys.TOTAL), Columns.FUND, "2.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().column()).isEqualTo(Columns.FUND);
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("2.00");
            assertThat(f.tables()).containsExactly(13, 4);
        });
    }

    @Test
    void staysSilentOnSeed004WhereBasicCarryoverMakesUpTheRest() {
        // 表13 131.30 + 1.18 basic carry-over in 行政运行 = 上年结转 132.48: correct.
        assertThat(RuleRun.findings(rule, TestReports.seed004())).isEmpty();
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
