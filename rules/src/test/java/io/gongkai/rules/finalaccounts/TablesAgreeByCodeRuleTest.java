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

class TablesAgreeByCodeRuleTest {

    private final TablesAgreeByCodeRule rule = new TablesAgreeByCodeRule();

    @Test
    void firesWhenIncomeAndExpenditureDisagreeOnACode() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_INCOME, ReportEdits.row("2010303"),
                Columns.TOTAL, "4.04");
        assertThat(run(rule, report)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("表2「2010303 机关服务」", "4.04", "3.04"));
    }

    @Test
    void firesWhenTheFiscalSummaryDisagreesWithTableFive() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_FISCAL_SUMMARY, ReportEdits.row("十九、住房保障支出"),
                Columns.GPB, "31.69");
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.tables()).containsExactly(4, 5));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
