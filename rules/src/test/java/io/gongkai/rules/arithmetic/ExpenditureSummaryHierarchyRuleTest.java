package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ExpenditureSummaryHierarchyRuleTest {

    private final Rule rule = new ExpenditureSummaryHierarchyRule();

    @Test
    void firesWhenASectionIsNotTheSumOfItsItems() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.EXPENDITURE_SUMMARY,
                row("2130101"), "basic", "375.00");
        Finding finding = RuleRun.at(rule, edited, 3, "21301 农业农村", "basic");
        RuleRun.assertError(finding, "ARITH-012", "375.00", "375.20");
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
