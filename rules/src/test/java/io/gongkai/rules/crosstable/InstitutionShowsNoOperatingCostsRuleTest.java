package io.gongkai.rules.crosstable;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableType;
import io.gongkai.model.Unit;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

class InstitutionShowsNoOperatingCostsRuleTest {

    private final InstitutionShowsNoOperatingCostsRule rule = new InstitutionShowsNoOperatingCostsRule();

    @Test
    void firesWhenAPublicInstitutionShowsOperatingCosts() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.OPERATING_COSTS,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "3.78");

        assertThat(RuleRun.findings(rule, edited)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("XTAB-019");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().describe()).isEqualTo("表11「部门合计」合计");
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("3.78");
            assertThat(f.message()).contains("本单位为事业单位");
        });
    }

    @Test
    void firesByTable6NamesWhenTheUnitTypeIsNotKnown() {
        Report edited = ReportEdits.cell(TestReports.seed000(), TableType.OPERATING_COSTS,
                ReportEdits.row(RowKeys.TOTAL), Columns.TOTAL, "3.78");
        Report unknown = edited.withUnit(new Unit(edited.unit().name(), edited.unit().code(), UnitType.UNKNOWN));

        assertThat(RuleRun.findings(rule, unknown)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("对事业单位经常性补助"));
    }

    @Test
    void staysSilentForOrgansAndEmptyTables() {
        RuleRun.assertSilentOnEveryDocument(rule);
    }
}
