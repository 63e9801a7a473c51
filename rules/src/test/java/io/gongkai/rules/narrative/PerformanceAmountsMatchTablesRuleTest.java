package io.gongkai.rules.narrative;

import static io.gongkai.rules.narrative.Narratives.changed;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NARR-022: 十 against tables 5 and 12. */
class PerformanceAmountsMatchTablesRuleTest {

    private final Rule rule = new PerformanceAmountsMatchTablesRule();

    @Test
    void firesWhenTheNumberOfProjectsDiffersFromTable12() {
        Report report = changed(TestReports.seed000(), "十(2)", FactKind.COUNT, "纳入绩效目标管理", "6");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-022");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(12);
            assertThat(f.expected()).isEqualTo("5");
            assertThat(f.actual()).isEqualTo("6");
        });
    }

    @Test
    void firesWhenTheAmountUnderGoalManagementDiffersFromTable12() {
        Report report = changed(TestReports.seed000(), "十(2)", FactKind.AMOUNT, "共计金额", "527.00");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-022");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(12);
            assertThat(f.expected()).isEqualTo("572.00");
        });
    }

    @Test
    void firesWhenTheOverallGoalsBasicPartDiffersFromTable5() {
        Report report = changed(TestReports.seed004(), "十(1)", FactKind.AMOUNT, "基本支出", "446.35");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-022");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().column()).isEqualTo("basic");
            assertThat(f.expected()).isEqualTo("445.18");
        });
    }

    @Test
    void firesWhenAFundingSourceDiffersFromItsTable() {
        Report report = changed(TestReports.fixtureA(), "十", FactKind.AMOUNT, "政府性基金预算拨款", "105.00");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-022");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(8);
            assertThat(f.location().column()).isEqualTo("project");
            assertThat(f.expected()).isEqualTo("150.00");
        });
    }

    @Test
    void firesAProbableDefectWithoutTable12WhenMoreThanTheProjectSpendingIsManaged() {
        Report report = changed(TestReports.fixtureB(), "十", FactKind.AMOUNT, "涉及资金", "989.25");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-022");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(3);
            assertThat(f.expected()).isEqualTo("889.25");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
