package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

class SoeBudgetHierarchyRuleTest {

    private final Rule rule = new SoeBudgetHierarchyRule();

    @Test
    void firesWhenAClassIsNotTheSumOfItsSections() {
        Report edited = ReportEdits.cell(SoeBudget.report(), TableType.SOE_BUDGET, row("22301"), "basic", "4.00");
        Finding finding = RuleRun.at(rule, edited, 9, "223 国有资本经营预算支出", "basic");
        RuleRun.assertError(finding, "ARITH-034", "4.00", "5.00");
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
    void staysSilentOnAConsistentSoeTable() {
        assertThat(RuleRun.findings(rule, SoeBudget.report())).isEmpty();
    }
}
