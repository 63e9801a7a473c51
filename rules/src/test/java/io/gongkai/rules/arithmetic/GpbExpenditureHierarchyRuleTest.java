package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class GpbExpenditureHierarchyRuleTest {

    private final Rule rule = new GpbExpenditureHierarchyRule();

    @Test
    void firesWhenASectionIsNotItsItem() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_EXPENDITURE,
                row("21305"), "total", "25.00");
        Finding finding = RuleRun.at(rule, edited, 5, "21305 巩固脱贫攻坚成果衔接乡村振兴", "total");
        RuleRun.assertError(finding, "ARITH-023", "24.00", "25.00");
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
