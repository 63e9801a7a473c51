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

class DeviationReasonRuleTest {

    private final DeviationReasonRule rule = new DeviationReasonRule();

    @Test
    void firesWhenAMissedTargetHasNoReason() {
        Report report = FaEdits.evaluation(seed003(), 2, e -> FaEdits.indicator(e, 3,
                i -> FaEdits.scored(i, "10", "5", null)));
        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("政务网运行维护", "低于分值10");
        });
    }

    @Test
    void staysSilentOnSeed003WhoseCostIndicatorsNotSetAreExplained() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
