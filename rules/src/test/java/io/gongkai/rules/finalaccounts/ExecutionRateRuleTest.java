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

class ExecutionRateRuleTest {

    private final ExecutionRateRule rule = new ExecutionRateRule();

    @Test
    void firesWhenTheRateIsNotExecutedOverBudget() {
        Report report = FaEdits.evaluation(seed003(), 1, e -> FaEdits.figures(e, null, null, "76.67", null, null,
                null));
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("协同办公平台运维费", "66.67%"));
    }

    @Test
    void staysSilentOnSeed003ExceptTheRoundedExecutionOfOfficeExpenses() {
        // 办公费: 0.575 ÷ 4 = 14.375%, printed 14.39%: 0.575 is itself rounded, so this is within rounding (INFO).
        assertThat(run(rule, seed003())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("办公费");
        });
    }
}
