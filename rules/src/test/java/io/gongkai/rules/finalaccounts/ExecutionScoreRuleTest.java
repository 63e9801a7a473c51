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

class ExecutionScoreRuleTest {

    private final ExecutionScoreRule rule = new ExecutionScoreRule();

    @Test
    void firesWhenTheScoreIgnoresTheRate() {
        Report report = FaEdits.evaluation(seed003(), 2, e -> FaEdits.figures(e, null, null, null, "10", null, null));
        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("政务网运行维护", "应为5");
        });
    }

    @Test
    void staysSilentOnSeed003WhoseSixScoresRecompute() {
        // 10, 6.67 (66.67%), 5 (50%), 10, 1.44 (14.39%), 10
        assertThat(run(rule, seed003())).isEmpty();
    }
}
