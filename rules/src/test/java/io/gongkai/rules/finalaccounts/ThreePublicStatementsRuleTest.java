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

class ThreePublicStatementsRuleTest {

    private final ThreePublicStatementsRule rule = new ThreePublicStatementsRule();

    @Test
    void firesWhenTheTextStatesSpendingTheEmptyTableDoesNotHave() {
        Report report = FaEdits.statements(seed003(), s -> new FinalAccountsStatements(s.initialBudget(),
                s.finalExpenditure(), s.completionRate(), s.classes(), new FinalAccountsStatements.ThreePublicStatement(
                new FinalAccountsStatements.ThreePublicItem(new BigDecimal("2"), new BigDecimal("1.20"), null,
                        ChangeStatement.NONE), s.threePublic().abroad(), s.threePublic().vehiclePurchase(),
                s.threePublic().vehicleOperation(), s.threePublic().reception(), s.threePublic().abroadGroups(),
                0, 0, s.threePublic().receptions(), s.threePublic().domestic(), s.threePublic().foreignAffairs(),
                s.threePublic().overseas()), s.operatingCosts(), s.procurement(), s.selfEvaluationSummaries(),
                s.repeatedSections()));
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("1.20", "空表"));
    }

    @Test
    void staysSilentOnSeed003() {
        // 全年预算0, 支出决算0, 比上年减少0.74 下降100%: consistent with an empty table 9.
        assertThat(run(rule, seed003())).isEmpty();
    }
}
