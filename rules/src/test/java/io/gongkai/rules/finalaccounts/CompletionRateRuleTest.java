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

class CompletionRateRuleTest {

    private final CompletionRateRule rule = new CompletionRateRule();

    @Test
    void firesWhenTheRateDoesNotFollowFromTheFigures() {
        Report report = FaEdits.statements(seed003(), s -> FaEdits.completion(s, "1407.72", "1441.24", "98.50"));
        assertThat(run(rule, report)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("完成年初预算的比例为98.50%", "102.38%"));
    }

    @Test
    void firesWhenTheStatedFinalExpenditureIsNotTableFive() {
        Report report = FaEdits.statements(seed003(), s -> FaEdits.completion(s, "1407.72", "1451.24", "103.09"));
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.tables()).containsExactly(5));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
