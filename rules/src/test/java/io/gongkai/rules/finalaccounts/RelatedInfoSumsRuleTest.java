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

class RelatedInfoSumsRuleTest {

    private final RelatedInfoSumsRule rule = new RelatedInfoSumsRule();

    @Test
    void firesWhenProcurementPartsMissTheTotal() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_RELATED_INFO, ReportEdits.row("货物"),
                Columns.AMOUNT, "8.38");
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("9.13"));
    }

    @Test
    void firesWhenVehicleCategoriesMissTheCount() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_RELATED_INFO, ReportEdits.row("8.其他用车"),
                Columns.AMOUNT, "1");
        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.message()).contains("车辆数合计"));
    }

    @Test
    void staysSilentOnSeed003() {
        assertThat(run(rule, seed003())).isEmpty();
    }
}
