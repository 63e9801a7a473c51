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

class ProcurementStatementRuleTest {

    private final ProcurementStatementRule rule = new ProcurementStatementRule();

    @Test
    void firesWhenTheSmallFirmShareIsWrong() {
        Report report = FaEdits.statements(seed003(), s -> {
            ProcurementStatement p = s.procurement();
            return new FinalAccountsStatements(s.initialBudget(), s.finalExpenditure(), s.completionRate(),
                    s.classes(), s.threePublic(), s.operatingCosts(), new ProcurementStatement(p.total(), p.goods(),
                    p.works(), p.services(), p.smeAmount(), new BigDecimal("17.40"), p.smallMicroAmount(),
                    p.smallMicroShare(), p.source()), s.selfEvaluationSummaries(), s.repeatedSections());
        });
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("中小企业", "7.40"));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
