package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpenditureByCodeMatchesIncomeRuleTest {

    private final ExpenditureByCodeMatchesIncomeRule rule = new ExpenditureByCodeMatchesIncomeRule();

    @Test
    void firesWhenAnItemOfTable3DepartsFromTable2() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.EXPENDITURE_SUMMARY,
                ReportEdits.row("2011304"), Columns.TOTAL, "124.70");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-009");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表3「2011304 对外贸易管理」合计");
            assertThat(f.expected()).isEqualTo("114.70");
            assertThat(f.actual()).isEqualTo("124.70");
            assertThat(f.tables()).containsExactly(3, 2);
        });
    }

    @Test
    void firesWhenATable1ClassPrintedByNameAloneDeparts() {
        Report edited = ReportEdits.cell(TestReports.fixtureB(), TableType.BUDGET_SUMMARY,
                ReportEdits.row("文化旅游体育与传媒支出"), Columns.TOTAL, "1145.27");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.expected()).isEqualTo("1135.27");
            assertThat(f.actual()).isEqualTo("1145.27");
            assertThat(f.tables()).containsExactly(1, 3, 2);
        });
    }

    @Test
    void firesWhenTable3ListsACodeThatTable2Lacks() {
        Report edited = ReportEdits.rows(TestReports.fixtureA(), TableType.EXPENDITURE_SUMMARY, rows -> {
            List<TableRow> copy = new ArrayList<>(rows);
            copy.add(new TableRow(Side.NONE, "2210202", "提租补贴", null, 3, null,
                    Map.of(Columns.TOTAL, new BigDecimal("5.00")), null));
            return copy;
        });

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.location().describe()).isEqualTo("表3「2210202 提租补贴」合计");
            assertThat(f.message()).contains("表2无「2210202」行（视为0）");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("5.00");
        });
    }

    @Test
    void reportsTheSeedRoundingDifferenceAsInfoOnly() {
        assertThat(RuleRun.findings(rule, TestReports.seed000())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("788.00＋690.66＝1478.66", "尾数误差");
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertNoProblemOnEveryDocument(rule);
    }
}
