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

class HeldVehiclesRunningCostRuleTest {

    private final HeldVehiclesRunningCostRule rule = new HeldVehiclesRunningCostRule();

    @Test
    void firesOnSeed003TwoVehiclesAndNoRunningCost() {
        // DOMAIN.md: 2 vehicles are held with zero 公务用车运行维护费.
        assertThat(run(rule, seed003())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("共有车辆2辆");
        });
    }

    @Test
    void staysSilentWhenTableSixPaysForRunningTheVehicles() {
        Report report = ReportEdits.cell(seed003(), TableType.FA_GPB_BASIC_DETAIL, ReportEdits.row("30231"),
                Columns.PUBLIC, "1.20");
        assertThat(run(rule, report)).isEmpty();
    }
}
