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

/** NARR-006: 二 收入 shares. */
class IncomeSharesRuleTest {

    private final Rule rule = new IncomeSharesRule();

    @Test
    void firesWhenAShareDoesNotFollowFromItsAmount() {
        Report report = changed(TestReports.seed000(), "二", FactKind.SHARE, "一般公共预算拨款收入", "55.49");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-006");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明二");
            assertThat(f.expected()).isEqualTo("54.49");
            assertThat(f.actual()).isEqualTo("55.49");
            assertThat(f.message()).contains("847.18", "1554.77");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
