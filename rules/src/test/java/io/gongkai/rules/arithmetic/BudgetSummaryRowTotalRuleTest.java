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

class BudgetSummaryRowTotalRuleTest {

    private final Rule rule = new BudgetSummaryRowTotalRule();

    @Test
    void firesWhenALineIsNotCurrentPlusCarryover() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.BUDGET_SUMMARY,
                row("十三、农林水支出"), "total", "789.25");
        Finding finding = RuleRun.at(rule, edited, 1, "十三、农林水支出", "total");
        RuleRun.assertError(finding, "ARITH-001", "789.15", "789.25");
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
    void reportsThePublishedRoundingDifferenceOfSeed000AsInfo() {
        Finding f = RuleRun.at(rule, TestReports.seed000(), 1, "十六、商业服务业等支出", "total");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.expected()).isEqualTo("1478.66");
        assertThat(f.actual()).isEqualTo("1478.65");
        assertThat(f.message()).contains("尾数误差");
    }

    @Test
    void staysSilentWhenTheTemplatePrintsASingleExpenditureColumn() {
        assertThat(RuleRun.findings(rule, TestReports.fixtureB())).isEmpty();
    }
}
