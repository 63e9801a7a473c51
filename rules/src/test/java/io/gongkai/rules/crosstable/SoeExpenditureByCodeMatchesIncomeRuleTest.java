package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoeExpenditureByCodeMatchesIncomeRuleTest {

    private final SoeExpenditureByCodeMatchesIncomeRule rule = new SoeExpenditureByCodeMatchesIncomeRule();

    @Test
    void firesWhenTable9ListsACodeWithoutSoeIncomeInTable2() {
        Report edited = ReportEdits.rows(TestReports.seed000(), TableType.SOE_BUDGET, rows -> {
            var copy = new ArrayList<>(rows);
            copy.add(new TableRow(Side.EXPENDITURE, "223", "国有资本经营预算支出", null, 1, null,
                    Map.of(Columns.TOTAL, new BigDecimal("5.00"), Columns.PROJECT, new BigDecimal("5.00")), null));
            return copy;
        });

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-013");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe()).isEqualTo("表9「223 国有资本经营预算支出」合计");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("5.00");
            assertThat(f.tables()).containsExactly(9, 2);
        });
    }

    @Test
    void staysSilentOnEveryTestDocument() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
