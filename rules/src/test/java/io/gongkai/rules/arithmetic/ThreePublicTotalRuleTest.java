package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ThreePublicTotalRuleTest {

    private final Rule rule = new ThreePublicTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfTheThreeItems() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.THREE_PUBLIC,
                row("reception"), "total", "4.50");
        Finding finding = RuleRun.at(rule, edited, 10, "合计", "total");
        RuleRun.assertError(finding, "ARITH-036", "16.50", "15.50");
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
    void staysSilentWhenTheVehicleRowIsNotPrintedAndItsPartsAddUp() {
        Report edited = ReportEdits.rows(TestReports.fixtureA(), TableType.THREE_PUBLIC,
                rows -> rows.stream().filter(r -> !r.isKey("vehicles")).toList());
        assertThat(RuleRun.findings(rule, edited)).isEmpty();
    }
}
