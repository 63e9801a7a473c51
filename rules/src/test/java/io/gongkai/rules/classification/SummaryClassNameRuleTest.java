package io.gongkai.rules.classification;

import static io.gongkai.rules.testing.ReportEdits.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryClassNameRuleTest {

    private final Rule rule = new SummaryClassNameRule();

    @Test
    void firesOnAClassNameThatIsNotInTheCatalogue() {
        Report edited = Rows.edit(TestReports.fixtureA(), TableType.BUDGET_SUMMARY, row("十二、城乡社区支出"),
                r -> r.withName("十二、城乡建设支出"));
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-007");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.location().row()).isEqualTo("十二、城乡建设支出");
            assertThat(f.actual()).isEqualTo("城乡建设支出");
        });
    }

    @Test
    void firesInTable4OfATemplateWithoutOrdinals() {
        Report edited = Rows.edit(TestReports.fixtureB(), TableType.FISCAL_SUMMARY, row("卫生健康支出"),
                r -> r.withName("医疗卫生支出"));
        assertThat(Rows.findings(rule, edited)).singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo(4));
    }

    @Test
    void staysSilentOnBasicAndProjectLinesOfOtherTemplates() {
        Report edited = ReportEdits.rows(TestReports.fixtureB(), TableType.BUDGET_SUMMARY, rows -> {
            List<TableRow> copy = new ArrayList<>(rows);
            copy.add(new TableRow(Side.EXPENDITURE, null, "一、基本支出", null, 1, null, Map.of(), null));
            return copy;
        });
        assertThat(Rows.findings(rule, edited)).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
