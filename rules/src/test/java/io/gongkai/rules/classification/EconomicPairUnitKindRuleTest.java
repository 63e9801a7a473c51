package io.gongkai.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.model.Unit;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicPairUnitKindRuleTest {

    private final Rule rule = new EconomicPairUnitKindRule();

    /** Seed 001 without the tables whose function codes (2011350 事业运行 …) show an attached 事业单位. */
    private static Report seed001WithoutFunctionTables() {
        Report r = TestReports.seed001();
        for (TableType type : List.of(TableType.INCOME_SUMMARY, TableType.EXPENDITURE_SUMMARY,
                TableType.GPB_EXPENDITURE)) {
            r = ReportEdits.withoutTable(r, type);
        }
        return r;
    }

    @Test
    void firesWhenAnAdministrativeUnitUsesInstitutionPairsWithNoInstitutionInSight() {
        assertThat(Rows.findings(rule, seed001WithoutFunctionTables())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODE-011");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(6);
            assertThat(f.location().row()).isEqualTo("基本工资｜工资福利支出");
            assertThat(f.expected()).isEqualTo("机关口径");
            assertThat(f.actual()).isEqualTo("事业单位口径");
            assertThat(f.message()).contains("行政单位").contains("有9行");
        });
    }

    @Test
    void firesWhenAnInstitutionUsesOrganPairs() {
        Report r = seed001WithoutFunctionTables();
        r = r.withUnit(new Unit(r.unit().name(), r.unit().code(), UnitType.PUBLIC_INSTITUTION));
        assertThat(Rows.findings(rule, r)).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("事业单位口径");
            assertThat(f.location().row()).isEqualTo("基本工资｜工资奖金津补贴");
        });
    }

    @Test
    void staysSilentWhenTheDepartmentConsolidatesAnInstitution() {
        assertThat(Rows.findings(rule, TestReports.seed004())).isEmpty();
        assertThat(Rows.findings(rule, TestReports.seed001())).isEmpty();
    }

    @Test
    void staysSilentOnTheOtherSeedsAndFixtures() {
        for (Report r : List.of(TestReports.seed000(), TestReports.fixtureA(), TestReports.fixtureB())) {
            assertThat(Rows.findings(rule, r)).isEmpty();
        }
    }
}
