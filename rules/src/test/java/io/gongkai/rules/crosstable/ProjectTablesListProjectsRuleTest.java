package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.rules.Location;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class ProjectTablesListProjectsRuleTest {

    private final ProjectTablesListProjectsRule rule = new ProjectTablesListProjectsRule();

    @Test
    void firesWhenTable12ShowsOnlyItsTotal() {
        Report edited = ReportEdits.rows(TestReports.seed001(), TableType.PROJECTS_CURRENT,
                rows -> rows.stream().filter(r -> !r.isKey(RowKeys.PROJECT)).toList());

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-025");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(Location.table(12));
            assertThat(f.message()).contains("464.57");
        });
    }

    @Test
    void firesWhenTable13ShowsOnlyUnitRows() {
        Report edited = ReportEdits.rows(TestReports.seed004(), TableType.PROJECTS_CARRYOVER,
                rows -> rows.stream().filter(r -> !r.isKey(RowKeys.PROJECT)).toList());

        assertThat(RuleRun.findings(rule, edited)).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(Location.table(13)));
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
