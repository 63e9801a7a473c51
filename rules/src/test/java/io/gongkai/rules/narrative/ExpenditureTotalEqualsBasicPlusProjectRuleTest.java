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

/** NARR-008: 三 支出 within itself. */
class ExpenditureTotalEqualsBasicPlusProjectRuleTest {

    private final Rule rule = new ExpenditureTotalEqualsBasicPlusProjectRule();

    @Test
    void firesWhenBasicAndProjectDoNotMakeTheTotal() {
        Report report = changed(TestReports.fixtureA(), "三", FactKind.AMOUNT, "项目支出", "536.95");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-008");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("1077.54");
            assertThat(f.actual()).isEqualTo("1104.54");
        });
    }

    @Test
    void firesOnlyAnInfoForTheCentOfSeed004() {
        // 446.35 + 364.22 = 810.57, printed 810.58: 尾数误差.
        assertThat(Narratives.run(rule, TestReports.seed004())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.expected()).isEqualTo("810.57");
            assertThat(f.actual()).isEqualTo("810.58");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.problems(rule, report)).as(report.unit().name()).isEmpty();
        }
        assertThat(Narratives.run(rule, TestReports.seed000())).isEmpty();
    }
}
