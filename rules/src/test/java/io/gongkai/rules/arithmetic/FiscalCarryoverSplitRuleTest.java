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

class FiscalCarryoverSplitRuleTest {

    private final Rule rule = new FiscalCarryoverSplitRule();

    @Test
    void firesWhenTheCarryoverIsNotTheSumOfItsSplit() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.FISCAL_SUMMARY,
                row("carryover"), "amount", "70.00");
        Finding finding = RuleRun.at(rule, edited, 4, "二、上年结转", "amount");
        RuleRun.assertError(finding, "ARITH-016", "60.00", "70.00");
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
    void staysSilentWhenTheSplitIsNotPrinted() {
        Report edited = ReportEdits.rows(TestReports.seed004(), TableType.FISCAL_SUMMARY,
                rows -> rows.stream().filter(r -> r.level() != 2).toList());
        assertThat(RuleRun.findings(rule, edited)).isEmpty();
    }
}
