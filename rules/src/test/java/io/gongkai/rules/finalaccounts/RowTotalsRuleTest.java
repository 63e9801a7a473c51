package io.gongkai.rules.finalaccounts;

import static io.gongkai.rules.finalaccounts.FaEdits.run;
import static io.gongkai.rules.finalaccounts.FaEdits.seed003;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.FinalAccountsStatements;
import io.gongkai.model.FinalAccountsStatements.ChangeStatement;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.FinalAccountsStatements.ProcurementStatement;
import io.gongkai.model.FinalAccountsStatements.SelfEvaluationSummary;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTotalsRuleTest {

    private final RowTotalsRule rule = new RowTotalsRule();

    @Test
    void firesWhenBasicPlusProjectMissesTheTotal() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_EXPENDITURE, ReportEdits.row("2080506"),
                Columns.BASIC, "6.30");
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("表3", "机关事业单位职业年金缴费支出", "11.23"));
    }

    @Test
    void staysSilentOnSeed003ExceptRoundingRemarks() {
        // 03 and 05 合计: 301.45 + 1139.80 = 1441.25 printed as 1441.24, a rounding difference (INFO).
        assertThat(run(rule, seed003())).allMatch(f -> f.severity() == Severity.INFO).hasSize(2);
    }
}
