package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ExpenditureSummaryRowTotalRuleTest {

    private final Rule rule = new ExpenditureSummaryRowTotalRule();

    @Test
    void firesWhenARowIsNotBasicPlusProject() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.EXPENDITURE_SUMMARY,
                row("2130108"), "project", "108.00");
        Finding finding = RuleRun.at(rule, edited, 3, "2130108 病虫害控制", "total");
        RuleRun.assertError(finding, "ARITH-010", "108.00", "108.60");
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
