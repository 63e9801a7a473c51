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

class ProjectUnitSubtotalRuleTest {

    private final Rule rule = new ProjectUnitSubtotalRule();

    @Test
    void firesWhenAUnitIsNotTheSumOfItsProjects() {
        Report edited = ReportEdits.cell(TestReports.seed004(), TableType.PROJECTS_CURRENT,
                row("人大会议费"), "total", "60.00");
        Finding finding = RuleRun.at(rule, edited, 12, "长治市屯留区人民代表大会常务委员会", "total");
        RuleRun.assertError(finding, "ARITH-041", "242.92", "232.92");
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
        Finding f = RuleRun.at(rule, TestReports.seed000(), 13, "长治市屯留区商务发展中心", "total");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.expected()).isEqualTo("707.58");
        assertThat(f.actual()).isEqualTo("707.59");
    }
}
