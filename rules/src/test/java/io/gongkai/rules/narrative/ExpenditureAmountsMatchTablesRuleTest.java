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

/** NARR-007: 三 支出 against tables 1 and 3. */
class ExpenditureAmountsMatchTablesRuleTest {

    private final Rule rule = new ExpenditureAmountsMatchTablesRule();

    @Test
    void firesWhenBasicExpenditureDiffersFromTable3() {
        Report report = changed(TestReports.seed001(), "三", FactKind.AMOUNT, "基本支出", "570.3");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-007");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(3);
            assertThat(f.location().column()).isEqualTo("basic");
            assertThat(f.expected()).isEqualTo("560.30");
            assertThat(f.actual()).isEqualTo("570.3");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
