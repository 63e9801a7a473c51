package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCodeInCatalogueRuleTest {

    private final Rule rule = new FunctionCodeInCatalogueRule();

    @Test
    void firesOnceForACodeTheCatalogueLacksNamingEveryTable() {
        Report edited = TestReports.fixtureA();
        for (TableType type : List.of(TableType.INCOME_SUMMARY, TableType.EXPENDITURE_SUMMARY,
                TableType.GPB_EXPENDITURE)) {
            edited = Rows.edit(edited, type, row("2130199"), r -> Rows.code(r, "2130197"));
        }
        List<Finding> findings = Rows.findings(rule, edited);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("CODE-001");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.tables()).containsExactly(2, 3, 5);
        assertThat(f.location().row()).isEqualTo("2130197 其他农业农村支出");
        assertThat(f.actual()).isEqualTo("2130197");
        assertThat(f.message()).contains("不在2024年支出功能分类科目目录中");
        assertThat(f.evidence()).hasSize(3);
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
