package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class IncomeSummaryTotalRuleTest {

    private final Rule rule = new IncomeSummaryTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfClasses() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.INCOME_SUMMARY,
                row("total"), "gpb", "895.54");
        Finding finding = RuleRun.at(rule, edited, 2, "合计", "gpb");
        RuleRun.assertError(finding, "ARITH-008", "894.54", "895.54");
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
