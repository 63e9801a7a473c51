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

/** NARR-027: an amount no table has. */
class AmountFoundInTablesRuleTest {

    private final Rule rule = new AmountFoundInTablesRule();

    @Test
    void firesOnAnAmountNoTableHas() {
        Report report = Narratives.adding(TestReports.seed000(), "六", FactKind.AMOUNT, "差旅会议支出", "12.34", "万元");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-027");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().section()).isEqualTo("情况说明六");
            assertThat(f.actual()).isEqualTo("12.34");
            assertThat(f.expected()).isNull();
        });
    }

    @Test
    void staysSilentOnLastYearsFigures() {
        // 比2023年预算16.70万元减少…: last year's figure is in no table of this year.
        Report report = Narratives.adding(TestReports.fixtureA(), "七", FactKind.AMOUNT, "比预算", "16.70", "万元");
        assertThat(Narratives.run(rule, report)).isEmpty();
        Report lastYear = Narratives.adding(TestReports.fixtureA(), "一", FactKind.AMOUNT, "上年预算收入总计", "1013.27",
                "万元");
        assertThat(Narratives.run(rule, lastYear)).isEmpty();
        assertThat(Narratives.run(new OverviewAmountsMatchTablesRule(), lastYear)).isEmpty();
    }

    @Test
    void staysSilentOnAnUnrecognisedAmountThatATableHas() {
        // 1.88 is table 6's 办公费.
        Report report = Narratives.adding(TestReports.seed000(), "六", FactKind.AMOUNT, "差旅会议支出", "1.88", "万元");
        assertThat(Narratives.run(rule, report)).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
