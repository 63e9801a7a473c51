package io.gongkai.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCodeUniqueRuleTest {

    private final Rule rule = new FunctionCodeUniqueRule();

    @Test
    void firesWhenACodeIsPrintedTwice() {
        Report edited = ReportEdits.rows(TestReports.fixtureA(), TableType.GPB_EXPENDITURE, rows -> {
            List<TableRow> copy = new ArrayList<>(rows);
            copy.add(rows.stream().filter(r -> "2130102".equals(r.code())).findFirst().orElseThrow());
            return copy;
        });
        assertThat(Rows.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-006");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().row()).isEqualTo("2130102 一般行政管理事务");
            assertThat(f.evidence()).hasSize(2);
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        Rows.assertSilentOnSeedsAndFixtures(rule);
    }
}
