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

class FiscalIncomeTotalAgreesRuleTest {

    private final FiscalIncomeTotalAgreesRule rule = new FiscalIncomeTotalAgreesRule();

    @Test
    void firesWhenTable4CurrentIncomeDepartsFromTable2() {
        // Fixture A prints table 4's current income as 一、本年收入 with its sources under it.
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                ReportEdits.row(RowKeys.CURRENT_INCOME_TOTAL), Columns.AMOUNT, "1054.54");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-026");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表4「一、本年收入」金额");
            assertThat(f.expected()).isEqualTo("1044.54");
            assertThat(f.actual()).isEqualTo("1054.54");
            assertThat(f.tables()).containsExactly(4, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        // Fixture B: table 4 counts 1197.86 of fiscal money, table 2's 1226.36 also holds 28.50 单位资金.
        for (Report report : RuleRun.allDocuments()) {
            assertThat(RuleRun.findings(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
