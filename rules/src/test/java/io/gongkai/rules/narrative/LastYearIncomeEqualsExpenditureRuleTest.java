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

/** NARR-003: last year's totals implied by 一. */
class LastYearIncomeEqualsExpenditureRuleTest {

    private final Rule rule = new LastYearIncomeEqualsExpenditureRule();

    @Test
    void firesWhenTheTwoChangesImplyDifferentLastYearTotals() {
        Report report = changed(TestReports.seed000(), "一", FactKind.CHANGE, "本年部门预算支出总计", "1091.49");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-003");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("473.28");
            assertThat(f.actual()).isEqualTo("463.28");
            assertThat(f.location().section()).isEqualTo("情况说明一");
            assertThat(f.evidence()).hasSize(4);
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
