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
import io.gongkai.model.TableType;
import io.gongkai.rules.testing.ReportEdits;
import org.junit.jupiter.api.Test;

/** NARR-005: 二 收入 against table 1 (or table 2). */
class IncomeAmountsMatchTablesRuleTest {

    private final Rule rule = new IncomeAmountsMatchTablesRule();

    @Test
    void firesWhenASourceDiffersFromTable1() {
        Report report = changed(TestReports.fixtureB(), "二", FactKind.AMOUNT, "单位资金收入", "38.50");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-005");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.location().row()).isEqualTo("五、单位资金");
            assertThat(f.expected()).isEqualTo("28.50");
            assertThat(f.actual()).isEqualTo("38.50");
        });
    }

    @Test
    void firesAgainstTable2WhenTable1IsMissing() {
        Report report = ReportEdits.withoutTable(
                changed(TestReports.fixtureB(), "二", FactKind.AMOUNT, "单位资金收入", "38.50"), TableType.BUDGET_SUMMARY);
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-005");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.location().column()).isEqualTo("unit");
            assertThat(f.expected()).isEqualTo("28.50");
        });
    }

    @Test
    void firesWhenAStatedZeroSourceHasMoneyInTable1() {
        Report report = changed(TestReports.seed000(), "二", FactKind.AMOUNT, "政府性基金预算拨款收入", "5");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-005");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().row()).isEqualTo("二、政府性基金预算");
            assertThat(f.expected()).isEqualTo("0");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
