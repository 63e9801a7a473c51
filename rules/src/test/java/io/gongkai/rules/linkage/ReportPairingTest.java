package io.gongkai.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.Unit;
import io.gongkai.rules.linkage.ReportPairing.Link;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPairingTest {

    private static final Report BUDGET = Pairs.budget();
    private static final Report FINAL = TestReports.load(Pairs.FINAL);

    @Test
    void oneBudgetAndOneFinalAccountsOfTheSameYearArePairedWhateverTheirNames() {
        Report renamed = FINAL.withUnit(new Unit("青川县自然资源局（本级）", null, null));
        assertThat(ReportPairing.pair(List.of(renamed, BUDGET))).containsExactly(new Link(1, 0));
    }

    @Test
    void documentsOfDifferentYearsAreNotPaired() {
        assertThat(ReportPairing.pair(List.of(TestReports.seed000(), TestReports.seed003()))).isEmpty();
    }

    @Test
    void severalDocumentsArePairedByUnitNameAndYear() {
        List<Report> reports = List.of(TestReports.seed003(), TestReports.seed004(), FINAL, TestReports.seed000(),
                BUDGET);
        assertThat(ReportPairing.pair(reports)).containsExactly(new Link(4, 2));
    }

    @Test
    void twoBudgetsDoNotShareOneFinalAccounts() {
        assertThat(ReportPairing.pair(List.of(BUDGET, BUDGET, FINAL))).containsExactly(new Link(0, 2));
    }
}
