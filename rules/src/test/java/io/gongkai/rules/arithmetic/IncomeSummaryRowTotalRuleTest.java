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

class IncomeSummaryRowTotalRuleTest {

    private final Rule rule = new IncomeSummaryRowTotalRule();

    @Test
    void firesWhenARowIsNotTheSumOfItsSources() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.INCOME_SUMMARY,
                row("2130108"), "gpb", "48.00");
        Finding finding = RuleRun.at(rule, edited, 2, "2130108 病虫害控制", "total");
        RuleRun.assertError(finding, "ARITH-007", "48.00", "48.60");
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
    void staysSilentWhenTheTemplateCountsTheCarryoverInTheTotal() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.INCOME_SUMMARY, row("2130108"), "total",
                "108.60");
        assertThat(RuleRun.findings(rule, edited)).noneMatch(f -> "2130108 病虫害控制".equals(f.location().row()));
    }
}
