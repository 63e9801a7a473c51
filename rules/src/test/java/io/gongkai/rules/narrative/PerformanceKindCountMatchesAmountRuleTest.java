package io.gongkai.rules.narrative;

import static io.gongkai.rules.narrative.Narratives.changed;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

/** NARR-029: 十(2) 0个 ⇔ 0万元, per kind and per group. */
class PerformanceKindCountMatchesAmountRuleTest {

    private final Rule rule = new PerformanceKindCountMatchesAmountRule();

    @Test
    void firesWhenAKindWithNoProjectsHasMoney() {
        // 特定目标类项目0个，涉及金额0万元 → 涉及金额5万元 (the first zero amount of 十(2))
        Report report = ReportEdits.fact(TestReports.seed001(), f -> f.section().equals("十(2)")
                && f.kind() == FactKind.AMOUNT && f.value().signum() == 0, "5");
        assertThat(Narratives.problems(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-029");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("没有项目却有金额");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("5");
        });
    }

    @Test
    void firesWhenAKindWithProjectsHasNoMoney() {
        Report report = changed(TestReports.seed001(), "十(2)", FactKind.COUNT, "特定目标类", "2");
        assertThat(Narratives.problems(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("有项目却没有金额"));
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
