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

class ProjectTableNonFiscalWithinIncomeRuleTest {

    private final ProjectTableNonFiscalWithinIncomeRule rule = new ProjectTableNonFiscalWithinIncomeRule();

    @Test
    void firesWhenUnitFundedProjectsExceedUnitIncome() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.PROJECTS_CURRENT,
                ReportEdits.row(RowKeys.TOTAL), Columns.UNIT, "5.00");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-022");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表12「忻州市商务局」单位资金");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("5.00");
            assertThat(f.tables()).containsExactly(12, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
