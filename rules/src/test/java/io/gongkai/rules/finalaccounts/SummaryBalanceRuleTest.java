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

class SummaryBalanceRuleTest {

    private final SummaryBalanceRule rule = new SummaryBalanceRule();

    @Test
    void firesWhenTheIncomeGrandTotalDoesNotAddUp() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_SUMMARY, ReportEdits.row(RowKeys.INCOME_GRAND_TOTAL),
                Columns.AMOUNT, "1451.24");
        assertThat(run(rule, report)).extracting(f -> f.severity() + " " + f.message()).anySatisfy(m ->
                assertThat(m).startsWith("ERROR").contains("总计", "1451.24"));
    }

    @Test
    void firesWhenTheFiscalSummaryGrandTotalDoesNotAddUp() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_FISCAL_SUMMARY,
                ReportEdits.row(RowKeys.EXPENDITURE_GRAND_TOTAL), Columns.GPB, "1441.42");
        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.tables()).containsExactly(4);
            assertThat(f.message()).contains("1441.42");
        });
    }

    @Test
    void staysSilentOnSeed003AndFixtureC() {
        assertThat(run(rule, TestReports.fixtureC())).isEmpty();
        assertThat(run(rule, seed003())).isEmpty();
    }
}
