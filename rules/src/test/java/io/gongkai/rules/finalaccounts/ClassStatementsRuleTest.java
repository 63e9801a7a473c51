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

class ClassStatementsRuleTest {

    private final ClassStatementsRule rule = new ClassStatementsRule();

    @Test
    void firesWhenAClassAmountDiffersFromTableFive() {
        Report report = FaEdits.statements(seed003(), s -> {
            List<ClassStatement> classes = new java.util.ArrayList<>(s.classes());
            ClassStatement c = classes.get(1);
            classes.set(1, new ClassStatement(c.name(), new BigDecimal("41.36"), c.share(), c.purpose(), c.change()));
            return FaEdits.classes(s, classes);
        });
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR)
                .anySatisfy(f -> assertThat(f.message()).contains("社会保障和就业支出", "41.36"));
    }

    @Test
    void firesWhenAChangeContradictsItsRate() {
        Report report = FaEdits.statements(seed003(), s -> {
            List<ClassStatement> classes = new java.util.ArrayList<>(s.classes());
            ClassStatement c = classes.get(2);
            classes.set(2, new ClassStatement(c.name(), c.amount(), c.share(), c.purpose(), new ChangeStatement(
                    c.amount(), new BigDecimal("1.16"), new BigDecimal("20.13"), null, null)));
            return FaEdits.classes(s, classes);
        });
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("卫生健康支出", "10.13"));
    }

    @Test
    void staysSilentOnSeed003ExceptOneRoundingRemark() {
        // 住房保障支出 21.69 ÷ 1441.24 = 1.505 → printed 1.51: within rounding (INFO).
        assertThat(run(rule, seed003())).singleElement().satisfies(f ->
                assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
}
