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

class EvaluationSummaryRuleTest {

    private final EvaluationSummaryRule rule = new EvaluationSummaryRule();

    @Test
    void firesOnSeed003() {
        // DOMAIN.md: the text speaks of 2022 self-evaluations of 7 projects worth 150.33万元; six 2023 tables attached.
        assertThat(run(rule, seed003())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("2022年", "2023年度", "7个", "6张", "150.33万元", "168.0万元");
        });
    }

    @Test
    void staysSilentWhenTheSummaryDescribesTheAttachedTables() {
        Report report = FaEdits.statements(seed003(), s -> FaEdits.summaries(s, List.of(new SelfEvaluationSummary(
                2023, "二级项目", 6, new BigDecimal("168.00"), "万元", 5, 1, 0, 0, null))));
        assertThat(run(rule, report)).isEmpty();
    }
}
