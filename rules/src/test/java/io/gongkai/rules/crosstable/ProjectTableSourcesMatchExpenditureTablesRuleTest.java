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

class ProjectTableSourcesMatchExpenditureTablesRuleTest {

    private final ProjectTableSourcesMatchExpenditureTablesRule rule =
            new ProjectTableSourcesMatchExpenditureTablesRule();

    @Test
    void firesWhenTable12GpbDepartsFromTable5Projects() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.PROJECTS_CURRENT,
                ReportEdits.row(RowKeys.TOTAL), Columns.GPB, "242.92");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-021");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表12「长治市屯留区人民代表大会常务委员会」一般公共预算");
            assertThat(f.expected()).isEqualTo("232.92");
            assertThat(f.actual()).isEqualTo("242.92");
            assertThat(f.tables()).containsExactly(12, 5);
        });
    }

    @Test
    void firesWhenTable12ShowsFundProjectsThatTable8Lacks() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.PROJECTS_CURRENT,
                ReportEdits.row(RowKeys.TOTAL), Columns.FUND, "6.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().column()).isEqualTo(Columns.FUND);
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("6.00");
            assertThat(f.tables()).containsExactly(12, 8);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
