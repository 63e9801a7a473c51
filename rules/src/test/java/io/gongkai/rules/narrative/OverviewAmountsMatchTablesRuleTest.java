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

/** NARR-001: 一 收支总体 against tables 1 and 3. */
class OverviewAmountsMatchTablesRuleTest {

    private final Rule rule = new OverviewAmountsMatchTablesRule();

    @Test
    void firesWhenTheIncomeTotalDiffersFromTable1() {
        Report report = changed(TestReports.fixtureA(), "一", FactKind.AMOUNT, "部门预算收入总计", "1114.54");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-001");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.location().row()).isEqualTo("收入总计");
            assertThat(f.location().section()).isEqualTo("情况说明一");
            assertThat(f.expected()).isEqualTo("1104.54");
            assertThat(f.actual()).isEqualTo("1114.54");
            assertThat(f.difference()).isEqualByComparingTo("10.00");
            assertThat(f.evidence()).extracting(e -> e.value()).contains("1114.54万元", "1104.54");
        });
    }

    @Test
    void firesWhenTheCarryoverOfTheExpenditureHalfDiffers() {
        Report base = TestReports.seed000();
        Report report = Narratives.changed(base, "一", FactKind.AMOUNT, "本年部门预算支出总计", "1545.77");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-001");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().row()).isEqualTo("支出总计");
            assertThat(f.expected()).isEqualTo("1554.77");
            assertThat(f.actual()).isEqualTo("1545.77");
        });
    }

    @Test
    void firesOnBasicAndProjectStatedInTheOverviewAgainstTable3() {
        Report report = changed(TestReports.fixtureA(), "一", FactKind.AMOUNT, "项目支出", "536.95");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-001");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(3);
            assertThat(f.location().column()).isEqualTo("project");
            assertThat(f.expected()).isEqualTo("563.95");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
