package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.RuleHarness;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class PublishedGoalShareMatchesProjectTotalRuleTest {

    private final PublishedGoalShareMatchesProjectTotalRule rule = new PublishedGoalShareMatchesProjectTotalRule();

    @Test
    void firesWhenSeed001SharesIsChanged() {
        Report report = NarrativeEdits.fact(TestReports.seed001(), f -> f.kind() == FactKind.SHARE
                && f.section().startsWith("十"), "87.46");
        assertThat(RuleHarness.run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-012");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("359.87万元", "87.46%", "464.57万元", "77.46%");
            assertThat(f.expected()).isEqualTo("77.46");
            assertThat(f.actual()).isEqualTo("87.46");
            assertThat(f.tables()).containsExactly(12);
        });
    }

    @Test
    void firesWhenTheProjectTableTotalOfSeed000Changes() {
        Report report = ReportEdits.cell(TestReports.seed000(), TableType.PROJECTS_CURRENT,
                ReportEdits.row(RowKeys.TOTAL), "total", "582.00");
        assertThat(RuleHarness.run(rule, report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("100%", "582.00万元"));
    }

    @Test
    void staysSilentOnTheSeedsAndOnFixturesWithoutProjectTables() {
        assertThat(RuleHarness.run(rule, TestReports.seed000())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed001())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.seed004())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureA())).isEmpty();
        assertThat(RuleHarness.run(rule, TestReports.fixtureB())).isEmpty();
    }
}
