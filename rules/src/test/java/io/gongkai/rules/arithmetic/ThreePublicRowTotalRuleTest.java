package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ThreePublicRowTotalRuleTest {

    private final Rule rule = new ThreePublicRowTotalRule();

    @Test
    void firesWhenARowIsNotTheSumOfItsSources() {
        Report edited = ReportEdits.cell(TestReports.seed001(), TableType.THREE_PUBLIC,
                row("reception"), "gpb", "2.00");
        Finding finding = RuleRun.at(rule, edited, 10, "公务接待费", "total");
        RuleRun.assertError(finding, "ARITH-035", "2.00", "1.00");
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
