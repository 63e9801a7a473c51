package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class OperatingCostsMatchPublicExpenseRuleTest {

    private final OperatingCostsMatchPublicExpenseRule rule = new OperatingCostsMatchPublicExpenseRule();

    @Test
    void firesWhenOperatingCostsDepartFromPublicExpense() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.OPERATING_COSTS,
                ReportEdits.row(RowKeys.TOTAL), Columns.GPB, "35.75");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-018");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表11「部门合计」一般公共预算");
            assertThat(f.expected()).isEqualTo("30.75");
            assertThat(f.actual()).isEqualTo("35.75");
            assertThat(f.tables()).containsExactly(11, 6);
        });
    }

    @Test
    void holdsOnlyAnUpperBoundWhenSomePublicExpenseBelongsToAnInstitution() {
        // 办公费 8.88 paired with 商品和服务支出 (50502, 对事业单位经常性补助) is a consolidated 事业单位's money, which
        // table 11 leaves out: 21.87 = 30.75 − 8.88 is then right, but more than table 6's 30.75 is still wrong.
        Report institution = ReportEdits.rows(TestReports.seed004(), TableType.GPB_BASIC_BY_ECONOMIC,
                rows -> rows.stream().map(r -> "办公费".equals(r.name())
                        ? new TableRow(r.side(), r.code(), r.name(), "商品和服务支出", r.level(), r.key(), r.amounts(),
                                r.source())
                        : r).toList());
        Report lower = ReportEdits.cell(institution, TableType.OPERATING_COSTS, ReportEdits.row(RowKeys.TOTAL),
                Columns.GPB, "21.87");
        Report higher = ReportEdits.cell(institution, TableType.OPERATING_COSTS, ReportEdits.row(RowKeys.TOTAL),
                Columns.GPB, "35.75");

        assertThat(RuleRun.findings(rule, lower)).isEmpty();
        assertThat(RuleRun.findings(rule, higher)).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("35.75"));
        assertThat(RuleRun.findings(rule, ReportEdits.cell(TestReports.seed004(), TableType.OPERATING_COSTS,
                ReportEdits.row(RowKeys.TOTAL), Columns.GPB, "21.87"))).hasSize(1);
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        // 001: 113.23 = 113.23; 004: 30.75 = 30.75; 000 is a 事业单位; the fixtures have no table 11.
        for (Report report : RuleRun.allDocuments()) {
            assertThat(RuleRun.findings(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
