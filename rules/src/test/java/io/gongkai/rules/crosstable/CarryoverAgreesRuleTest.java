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
    void firesWhenTable2CarryoverDepartsFromTable1() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.INCOME_SUMMARY,
                ReportEdits.row(RowKeys.TOTAL), Columns.CARRYOVER, "123.48");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-006");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.location().column()).isEqualTo(Columns.CARRYOVER);
            assertThat(f.expected()).isEqualTo("132.48");
            assertThat(f.actual()).isEqualTo("123.48");
            assertThat(f.tables()).containsExactly(2, 1);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        for (Report report : RuleRun.allDocuments()) {
            assertThat(RuleRun.findings(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
