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

class NarrativeArithmeticRuleTest {

    private final NarrativeArithmeticRule rule = new NarrativeArithmeticRule();

    @Test
    void firesWhenAShareContradictsItsAmount() {
        Report report = ReportEdits.fact(seed003(), f -> f.section().equals("三") && f.subject().equals("基本支出")
                && f.kind() == io.gongkai.model.FactKind.SHARE, "25.92");
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f ->
                assertThat(f.message()).contains("基本支出", "25.92%", "20.92%"));
    }

    @Test
    void firesWhenAChangeRateContradictsTheChange() {
        Report report = ReportEdits.fact(seed003(), f -> f.section().equals("十(一)")
                && f.kind() == io.gongkai.model.FactKind.CHANGE_RATE, "-2.72");
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> assertThat(f.message()).contains("-7.22%"));
    }

    @Test
    void firesWhenTheCompletionRateContradictsTheBudget() {
        Report report = ReportEdits.fact(seed003(), f -> f.subject().endsWith("年初预算"), "1470.72");
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("102.38%", "年初预算"));
    }

    @Test
    void staysSilentOnSeed003ExceptOneRoundingRemark() {
        assertThat(run(rule, seed003())).singleElement().satisfies(f ->
                assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
}
