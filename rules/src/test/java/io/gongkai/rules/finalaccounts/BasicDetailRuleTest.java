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

class BasicDetailRuleTest {

    private final BasicDetailRule rule = new BasicDetailRule();

    @Test
    void firesWhenAnItemOfPersonnelExpenseChanges() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_GPB_BASIC_DETAIL, ReportEdits.row("30101"),
                Columns.PERSONNEL, "103.37");
        assertThat(run(rule, report)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("工资福利支出", "269.31"));
    }

    @Test
    void firesWhenPersonnelAndPublicMissBasicExpenditure() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_GPB_EXPENDITURE, ReportEdits.row(RowKeys.TOTAL),
                Columns.BASIC, "311.45");
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.tables()).contains(6, 5));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
