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

class EconomicGroupSumRuleTest {

    private final Rule rule = new EconomicGroupSumRule();

    @Test
    void firesWhenAGroupIsNotTheSumOfItsItems() {
        Report edited = ReportEdits.cell(TestReports.fixtureA(), TableType.GPB_BASIC_BY_ECONOMIC,
                row("30205"), "total", "2.20");
        Finding finding = RuleRun.at(rule, edited, 6, "302 商品和服务支出", "total");
        RuleRun.assertError(finding, "ARITH-025", "84.00", "83.00");
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
    void reportsTheRoundingOfSeed000AsInfo() {
        Finding f = RuleRun.at(rule, TestReports.seed000(), 6, "工资福利支出", "total");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.expected()).isEqualTo("260.70");
        assertThat(f.actual()).isEqualTo("260.72");
    }
}
