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

class ThreePublicItemsRuleTest {

    private final ThreePublicItemsRule rule = new ThreePublicItemsRule();

    private static Report withThreePublic(String total) {
        return ReportEdits.rows(seed003(), TableType.FA_THREE_PUBLIC, rows -> List.of(
                row("合计", RowKeys.TOTAL, total), row("因公出国（境）费", RowKeys.ABROAD, "0.00"),
                row("公务用车购置及运行维护费", RowKeys.VEHICLES, "1.50"),
                row("公务用车购置费", RowKeys.VEHICLE_PURCHASE, "0.00"),
                row("公务用车运行维护费", RowKeys.VEHICLE_OPERATION, "1.50"),
                row("公务接待费", RowKeys.RECEPTION, "0.30")));
    }

    private static io.gongkai.model.TableRow row(String name, String key, String amount) {
        return new io.gongkai.model.TableRow(io.gongkai.model.Side.NONE, null, name, null, 1, key,
                java.util.Map.of(Columns.BUDGET, new BigDecimal(amount), Columns.FINAL, new BigDecimal(amount)), null);
    }

    @Test
    void firesWhenTheTotalIsNotTheSumOfTheItems() {
        assertThat(run(rule, withThreePublic("2.00"))).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("表9「合计」", "1.80"));
    }

    @Test
    void staysSilentWhenTheItemsAddUpAndOnTheEmptyTableOfSeed003() {
        assertThat(run(rule, withThreePublic("1.80"))).isEmpty();
        assertThat(run(rule, seed003())).isEmpty();
    }
}
