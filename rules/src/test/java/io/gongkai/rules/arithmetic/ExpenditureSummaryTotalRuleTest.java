package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ExpenditureSummaryTotalRuleTest {

    private final Rule rule = new ExpenditureSummaryTotalRule();

    @Test
    void firesWhenTheTotalIsNotTheSumOfClasses() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.EXPENDITURE_SUMMARY,
                row("total"), "basic", "541.59");
        Finding finding = RuleRun.at(rule, edited, 3, "合计", "basic");
        RuleRun.assertError(finding, "ARITH-011", "540.59", "541.59");
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
