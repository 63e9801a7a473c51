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

/** NARR-030: 比上年增加A ≤ 本年X. */
class IncreaseWithinThisYearRuleTest {

    private final Rule rule = new IncreaseWithinThisYearRule();

    @Test
    void firesWhenTheIncreaseExceedsThisYear() {
        // seed 004 五(一): 一般公共预算当年支出678.10万元，比上年减少25.39万元; an increase of 700.00 is impossible.
        Report report = changed(TestReports.seed004(), "五(一)", FactKind.CHANGE, "一般公共预算当年支出", "700.00");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-030");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明五(一)");
            assertThat(f.expected()).isEqualTo("678.10");
            assertThat(f.actual()).isEqualTo("700.00");
            assertThat(f.message()).contains("上年数将为-21.90万元");
            assertThat(f.evidence()).extracting(e -> e.value()).containsExactly("678.10万元", "700.00万元");
        });
    }

    @Test
    void aNewItemIncreasesByItsWholeAmountAndOneCentAboveIsRounding() {
        Report whole = changed(TestReports.seed004(), "五(一)", FactKind.CHANGE, "一般公共预算当年支出", "678.10");
        assertThat(Narratives.run(rule, whole)).isEmpty();
        // 678.11 and 678.10 can both stand for 678.105: last year ≈ 0, a rounding remark at most.
        Report cent = changed(TestReports.seed004(), "五(一)", FactKind.CHANGE, "一般公共预算当年支出", "678.11");
        assertThat(Narratives.run(rule, cent)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
