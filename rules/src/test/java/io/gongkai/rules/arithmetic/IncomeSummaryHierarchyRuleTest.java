package io.gongkai.rules.arithmetic;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class IncomeSummaryHierarchyRuleTest {

    private final Rule rule = new IncomeSummaryHierarchyRule();

    @Test
    void firesWhenASectionIsNotTheSumOfItsItems() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.INCOME_SUMMARY,
                row("2130199"), "total", "66.35");
        Finding finding = RuleRun.at(rule, edited, 2, "21301 农业农村", "total");
        RuleRun.assertError(finding, "ARITH-009", "706.15", "705.15");
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
    void reportsTheCarryoverRoundingOfSeed000AsInfo() {
        Finding f = RuleRun.at(rule, TestReports.seed000(), 2, "216 商业服务业等支出", "carryover");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.expected()).isEqualTo("690.65");
    }
}
