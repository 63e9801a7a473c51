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

class NarrativeTotalsRuleTest {

    private final NarrativeTotalsRule rule = new NarrativeTotalsRule();

    @Test
    void firesWhenTheStatedBasicExpenditureDiffersFromTableThree() {
        Report report = ReportEdits.fact(seed003(), f -> f.section().equals("三") && f.subject().equals("基本支出")
                && f.unit().equals("万元"), "311.45");
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR)
                .anySatisfy(f -> assertThat(f.message()).contains("基本支出", "311.45", "301.45"));
    }

    @Test
    void staysSilentOnSeed003ExceptOneRoundingRemark() {
        assertThat(run(rule, seed003())).allMatch(f -> f.severity() == Severity.INFO);
    }
}
