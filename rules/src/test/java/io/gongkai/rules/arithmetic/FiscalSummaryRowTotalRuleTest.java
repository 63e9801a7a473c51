package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FiscalSummaryRowTotalRuleTest {

    private final Rule rule = new FiscalSummaryRowTotalRule();

    @Test
    void firesWhenALineIsNotTheSumOfItsSources() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("十三、农林水支出"), "gpb", "780.15");
        Finding finding = RuleRun.at(rule, edited, 4, "十三、农林水支出", "subtotal");
        RuleRun.assertError(finding, "ARITH-013", "780.15", "789.15");
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
