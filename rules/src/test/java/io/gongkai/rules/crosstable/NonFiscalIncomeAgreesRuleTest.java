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

class NonFiscalIncomeAgreesRuleTest {

    private final NonFiscalIncomeAgreesRule rule = new NonFiscalIncomeAgreesRule();

    @Test
    void firesWhenTable1UnitFundsDepartFromTable2() {
        Report edited = ReportEdits.cell(TestReports.fixtureB(), TableType.BUDGET_SUMMARY,
                ReportEdits.row(RowKeys.UNIT), Columns.AMOUNT, "38.50");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-004");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表1「五、单位资金」金额");
            assertThat(f.expected()).isEqualTo("28.50");
            assertThat(f.actual()).isEqualTo("38.50");
            assertThat(f.tables()).containsExactly(1, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
