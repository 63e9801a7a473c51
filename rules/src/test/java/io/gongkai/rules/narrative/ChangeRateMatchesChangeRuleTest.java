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

/** NARR-004: 增长B% = 增加A ÷ (本年 − A). */
class ChangeRateMatchesChangeRuleTest {

    private final Rule rule = new ChangeRateMatchesChangeRule();

    @Test
    void firesWhenTheRateDoesNotFollowFromTheChange() {
        Report report = changed(TestReports.seed004(), "五(一)", FactKind.CHANGE_RATE, "一般公共预算当年支出", "-4.61");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-004");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明五(一)");
            assertThat(f.expected()).isEqualTo("-3.61");
            assertThat(f.actual()).isEqualTo("-4.61");
            assertThat(f.evidence()).extracting(e -> e.value()).containsExactly("678.10万元", "-25.39万元", "-4.61%");
        });
    }

    @Test
    void firesOnlyAnInfoForARateWithinRounding() {
        // seed 004 八: 2.04 ÷ (30.75 − 2.04) = 7.105…%, printed 7.09%: possible from the unrounded figures.
        List<Finding> found = Narratives.run(rule, TestReports.seed004());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().section()).isEqualTo("情况说明八");
            assertThat(f.expected()).isEqualTo("7.11");
            assertThat(f.actual()).isEqualTo("7.09");
            assertThat(f.message()).endsWith("（在尾数误差范围内）");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.problems(rule, report)).as(report.unit().name()).isEmpty();
        }
        assertThat(Narratives.run(rule, TestReports.seed000())).isEmpty();
        assertThat(Narratives.run(rule, TestReports.fixtureA())).isEmpty();
    }
}
