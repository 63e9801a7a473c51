package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpbIncomeAgreesAcrossTablesRuleTest {

    private final GpbIncomeAgreesAcrossTablesRule rule = new GpbIncomeAgreesAcrossTablesRule();

    @Test
    void firesOnceWhenTable5DepartsFromTheOtherThree() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.GPB_EXPENDITURE,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "1124.87");

        List<Finding> findings = RuleRun.findings(rule, edited);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-001");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().column()).isEqualTo(Columns.TOTAL);
            assertThat(f.expected()).isEqualTo("1024.87");
            assertThat(f.actual()).isEqualTo("1124.87");
            assertThat(f.difference()).isEqualByComparingTo(new BigDecimal("100.00"));
            assertThat(f.tables()).containsExactly(5, 1, 2, 4);
            assertThat(f.evidence()).hasSize(4);
            assertThat(f.message()).contains("表5「合计」合计 1124.87", "表1「一、一般公共预算」金额 1024.87");
        });
    }

    @Test
    void firesOnTable1InTheNineTableLayout() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.BUDGET_SUMMARY,
                ReportEdits.row(RowKeys.GPB), Columns.AMOUNT, "849.54");

        assertThat(RuleRun.problems(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.expected()).isEqualTo("894.54");
            assertThat(f.actual()).isEqualTo("849.54");
            assertThat(f.tables()).containsExactly(1, 2, 4, 5);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
