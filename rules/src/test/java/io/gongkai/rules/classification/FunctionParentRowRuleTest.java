package io.gongkai.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class FunctionParentRowRuleTest {

    private final Rule rule = new FunctionParentRowRule();

    @Test
    void firesWhenASectionRowIsMissing() {
        Report edited = ReportEdits.rows(TestReports.fixtureA(), TableType.INCOME_SUMMARY,
                rows -> rows.stream().filter(r -> !"21305".equals(r.code())).toList());
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-004");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.location().row()).isEqualTo("2130599 其他巩固脱贫攻坚成果衔接乡村振兴支出");
            assertThat(f.expected()).isEqualTo("21305");
            assertThat(f.message()).contains("21305（款）");
        });
    }

    @Test
    void staysSilentWhenTheTablePrintsOnlyItems() {
        Report edited = ReportEdits.rows(TestReports.fixtureA(), TableType.INCOME_SUMMARY,
                rows -> rows.stream().filter(r -> r.code() == null || r.code().length() == 7).toList());
        assertThat(Rows.findings(rule, edited)).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
