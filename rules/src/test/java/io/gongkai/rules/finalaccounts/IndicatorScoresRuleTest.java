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

class IndicatorScoresRuleTest {

    private final IndicatorScoresRule rule = new IndicatorScoresRule();

    @Test
    void firesWhenAScoreExceedsItsWeight() {
        Report report = FaEdits.evaluation(seed003(), 0, e -> FaEdits.indicator(e, 0,
                i -> FaEdits.scored(i, "20", "25", null)));
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("得分25超出分值20"));
    }

    @Test
    void firesWhenTheWeightsDoNotAddUpToAHundred() {
        Report report = FaEdits.evaluation(seed003(), 0, e -> FaEdits.indicator(e, 0,
                i -> FaEdits.scored(i, "25", "20", "x")));
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("105"));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
