package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ThreePublicVehiclesRuleTest {

    private final Rule rule = new ThreePublicVehiclesRule();

    @Test
    void firesWhenTheVehicleCostIsNotPurchasePlusOperation() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.THREE_PUBLIC,
                row("vehicleOperation"), "total", "11.00");
        Finding finding = RuleRun.at(rule, edited, 10, "2.公务用车购置及运行费", "total");
        RuleRun.assertError(finding, "ARITH-037", "11.00", "12.00");
    }

    @Test
    void staysSilentOnTheConsistentFixtures() {
        RuleRun.assertSilentOnFixtures(rule);
    }

    @Test
    void staysSilentBeyondRoundingOnTheSeeds() {
        RuleRun.assertAtMostInfoOnSeeds(rule);
    }
}
