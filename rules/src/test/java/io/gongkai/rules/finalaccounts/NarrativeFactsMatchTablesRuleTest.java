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

class NarrativeFactsMatchTablesRuleTest {

    private final NarrativeFactsMatchTablesRule rule = new NarrativeFactsMatchTablesRule();

    @Test
    void firesWhenAStatedClassAmountDiffersFromTableFive() {
        Report report = ReportEdits.fact(seed003(), f -> f.subject().startsWith("卫生健康支出"), "21.61");
        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("卫生健康支出", "21.61", "表5");
        });
    }

    @Test
    void firesWhenAStatedVehicleCountDiffersFromTableTen() {
        Report report = ReportEdits.fact(seed003(), f -> f.subject().equals("其他用车"), "3");
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.tables()).containsExactly(10));
    }

    @Test
    void firesWhenTheTextStatesThreePublicSpendingTheEmptyTableDoesNotHave() {
        Report report = ReportEdits.fact(seed003(), f -> f.section().equals("九(一)")
                && f.subject().startsWith("公务接待费"), "0.60");
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.tables()).containsExactly(9));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
