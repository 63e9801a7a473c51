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

/** NARR-002: 一 收支总体 within itself. */
class OverviewTotalEqualsPartsRuleTest {

    private final Rule rule = new OverviewTotalEqualsPartsRule();

    @Test
    void firesWhenThisYearsIncomeAndTheCarryoverDoNotMakeTheTotal() {
        Report report = changed(TestReports.seed000(), "一", FactKind.AMOUNT, "本年收入", "857.18");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明一");
            assertThat(f.expected()).isEqualTo("1564.77");
            assertThat(f.actual()).isEqualTo("1554.77");
            assertThat(f.evidence()).hasSize(3);
        });
    }

    @Test
    void firesWhenBasicAndProjectDoNotMakeTheExpenditureTotal() {
        Report report = changed(TestReports.fixtureA(), "一", FactKind.AMOUNT, "项目支出", "573.95");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("1114.54");
            assertThat(f.actual()).isEqualTo("1104.54");
            assertThat(f.message()).contains("部门预算支出总计", "基本支出", "项目支出");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
