package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class OperatingCostsRowTotalRuleTest {

    private final Rule rule = new OperatingCostsRowTotalRule();

    @Test
    void firesWhenARowIsNotTheSumOfItsSources() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.OPERATING_COSTS,
                row("unitSubtotal"), "gpb", "113.00");
        Finding finding = RuleRun.at(rule, edited, 11, "忻州市商务局", "total");
        RuleRun.assertError(finding, "ARITH-038", "113.00", "113.23");
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
