package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EconomicRowTotalRuleTest {

    private final Rule rule = new EconomicRowTotalRule();

    @Test
    void firesWhenARowIsNotPersonnelPlusPublic() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC,
                row("30201"), "public", "12.00");
        Finding finding = RuleRun.at(rule, edited, 6, "30201 办公费", "total");
        RuleRun.assertError(finding, "ARITH-024", "12.00", "12.60");
    }

    @Test
    void staysSilentOnTheConsistentFixtures() {
        RuleRun.assertSilentOnFixtures(rule);
    }

    @Test
    void staysSilentBeyondRoundingOnTheSeeds() {
        RuleRun.assertAtMostInfoOnSeeds(rule);
    }

    @Test
    void firesOnTheTotalRowOfTheShanxiLayout() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.GPB_BASIC_BY_ECONOMIC, row("total"),
                "public", "114.23");
        RuleRun.assertError(RuleRun.at(rule, edited, 6, "合计", "total"), "ARITH-024", "561.30", "560.30");
    }
}
