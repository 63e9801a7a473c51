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

class SoeIncomeAgreesAcrossTablesRuleTest {

    private final SoeIncomeAgreesAcrossTablesRule rule = new SoeIncomeAgreesAcrossTablesRule();

    @Test
    void firesWhenTable1ShowsSoeIncomeThatNoOtherTableHas() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.BUDGET_SUMMARY,
                ReportEdits.row(RowKeys.SOE), Columns.AMOUNT, "30.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-003");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.location().row()).isEqualTo("三、国有资本经营预算");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("30.00");
            assertThat(f.tables()).contains(1, 2, 4, 9);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
