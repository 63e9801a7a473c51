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

class CarryoverAgreesRuleTest {

    private final CarryoverAgreesRule rule = new CarryoverAgreesRule();

    @Test
    void firesWhenTable1CarryoverDepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.BUDGET_SUMMARY,
                ReportEdits.row(RowKeys.CARRYOVER), Columns.AMOUNT, "123.48");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-006");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表1「上年结转」金额");
            assertThat(f.expected()).isEqualTo("132.48");
            assertThat(f.actual()).isEqualTo("123.48");
            assertThat(f.tables()).containsExactly(1, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
