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

class CodeHierarchyRuleTest {

    private final CodeHierarchyRule rule = new CodeHierarchyRule();

    @Test
    void firesWhenAnItemNoLongerAddsUpToItsClass() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_GPB_EXPENDITURE, ReportEdits.row("2101102"),
                Columns.TOTAL, "6.23");
        assertThat(run(rule, report)).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("行政事业单位医疗", "13.61"));
    }

    @Test
    void staysSilentOnSeed003ExceptRoundingRemarks() {
        // the 类 basic amounts add up to 301.44 against a printed 301.45 in tables 3 and 5 (INFO).
        assertThat(run(rule, seed003())).allMatch(f -> f.severity() == Severity.INFO).hasSize(2);
    }
}
