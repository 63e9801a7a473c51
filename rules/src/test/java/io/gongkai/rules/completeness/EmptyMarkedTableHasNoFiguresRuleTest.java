package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class EmptyMarkedTableHasNoFiguresRuleTest {

    private final EmptyMarkedTableHasNoFiguresRule rule = new EmptyMarkedTableHasNoFiguresRule();

    @Test
    void firesWhenATableMarkedEmptyHasAnAmount() {
        Report report = ReportEdits.cell(TestReports.seed004(), TableType.THREE_PUBLIC,
                ReportEdits.row(RowKeys.VEHICLE_OPERATION), "total", "3.00");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-004");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("表10", "②公务用车运行维护费", "3.00");
            assertThat(f.location().column()).isEqualTo("total");
            assertThat(f.actual()).isEqualTo("3.00");
            assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("3.00"));
        });
    }

    @Test
    void staysSilentOnMarkedTablesWithoutFigures() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
