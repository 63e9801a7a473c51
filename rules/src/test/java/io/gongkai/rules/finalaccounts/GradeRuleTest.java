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

class GradeRuleTest {

    private final GradeRule rule = new GradeRule();

    @Test
    void firesWhenTheGradeDoesNotFollowTheTotal() {
        Report report = FaEdits.evaluation(seed003(), 4, e -> FaEdits.figures(e, null, null, null, null, null, "优"));
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("应评为“良”"));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
