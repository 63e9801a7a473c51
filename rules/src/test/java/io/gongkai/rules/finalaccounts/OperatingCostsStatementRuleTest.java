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

class OperatingCostsStatementRuleTest {

    private final OperatingCostsStatementRule rule = new OperatingCostsStatementRule();

    @Test
    void firesWhenTheTextDiffersFromTableTen() {
        Report report = FaEdits.statements(seed003(), s -> new FinalAccountsStatements(s.initialBudget(),
                s.finalExpenditure(), s.completionRate(), s.classes(), s.threePublic(), new ChangeStatement(
                new BigDecimal("18.98"), null, null, null, null), s.procurement(), s.selfEvaluationSummaries(),
                s.repeatedSections()));
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("18.98", "17.98"));
    }

    @Test
    void staysSilentOnSeed003() {
        // 17.98, 减少1.40 下降7.22%: 1.40 ÷ 19.38 = 7.22%.
        assertThat(run(rule, seed003())).isEmpty();
    }
}
