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

class FiscalCarryoverWithinCarryoverRuleTest {

    private final FiscalCarryoverWithinCarryoverRule rule = new FiscalCarryoverWithinCarryoverRule();

    @Test
    void firesWhenFiscalCarryoverExceedsAllCarryover() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.FISCAL_SUMMARY,
                ReportEdits.row(RowKeys.CARRYOVER), Columns.AMOUNT, "142.48");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-007");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(4);
            assertThat(f.expected()).isEqualTo("132.48");
            assertThat(f.actual()).isEqualTo("142.48");
            assertThat(f.tables()).containsExactly(4, 1);
        });
    }

    @Test
    void firesOnlyARemarkWhenPartOfTheCarryoverIsNotFiscal() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                ReportEdits.row(RowKeys.CARRYOVER), Columns.AMOUNT, "50.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("非财政拨款结转");
            assertThat(f.expected()).isEqualTo("60.00");
            assertThat(f.actual()).isEqualTo("50.00");
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
