package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreePublicBudgetMatchesBudgetRuleTest {

    private final ThreePublicBudgetMatchesBudgetRule rule = new ThreePublicBudgetMatchesBudgetRule();

    @Test
    void firesForTheTotalAndTheItemWhoseBudgetDiffers() {
        List<Finding> findings = Pairs.run(rule, Pairs.planted());
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.tables()).containsExactly(10);
        });
        assertThat(findings).extracting(Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("5.00", "5.50"),
                        org.assertj.core.groups.Tuple.tuple("2.00", "2.50"));
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("公务接待费", "预算数2.50万元"));
    }

    @Test
    void firesWhenTheBudgetTableIsChangedInstead() {
        ReportPair consistent = Pairs.consistent();
        ReportPair pair = new ReportPair(ReportEdits.cell(consistent.budget(), TableType.THREE_PUBLIC,
                ReportEdits.row("vehicleOperation"), "total", "3.50"), consistent.finalAccounts());
        assertThat(Pairs.run(rule, pair)).extracting(Finding::expected, Finding::actual)
                .contains(org.assertj.core.groups.Tuple.tuple("3.50", "3.00"));
    }

    @Test
    void staysSilentOnTheConsistentPair() {
        assertThat(Pairs.run(rule, Pairs.consistent())).isEmpty();
    }

    @Test
    void staysSilentWhenTheFinalAccountsHaveNoThreePublicTable() {
        ReportPair pair = new ReportPair(Pairs.budget(),
                ReportEdits.withoutTable(TestReports.load(Pairs.PLANTED), TableType.FA_THREE_PUBLIC));
        assertThat(Pairs.run(rule, pair)).isEmpty();
    }
}
