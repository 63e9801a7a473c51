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
import io.gongkai.model.Narrative;
import io.gongkai.model.Procurement;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** NARR-021: 九 政府采购. */
class ProcurementTotalEqualsPartsRuleTest {

    private final Rule rule = new ProcurementTotalEqualsPartsRule();

    @Test
    void firesWhenThePartsDoNotMakeTheTotal() {
        Report report = changed(TestReports.seed001(), "九", FactKind.AMOUNT, "货物", "9.97");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-021");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().section()).isEqualTo("情况说明九");
            assertThat(f.expected()).isEqualTo("23.07");
            assertThat(f.actual()).isEqualTo("21.07");
        });
    }

    @Test
    void firesOnTheAssembledProcurementWhenTheSectionIsNotRecognised() {
        Report report = TestReports.seed001().withNarrative(Narrative.EMPTY).withProcurement(new Procurement(
                new BigDecimal("10.00"), new BigDecimal("3.00"), null, new BigDecimal("4.00"), null));
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-021");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("7.00");
            assertThat(f.actual()).isEqualTo("10.00");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
