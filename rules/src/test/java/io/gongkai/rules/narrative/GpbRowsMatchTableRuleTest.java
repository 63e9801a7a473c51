package io.gongkai.rules.narrative;

import static io.gongkai.rules.narrative.Narratives.changed;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NARR-012: 五 类/款/项 against table 5. */
class GpbRowsMatchTableRuleTest {

    private final Rule rule = new GpbRowsMatchTableRule();

    @Test
    void firesOnAMisspeltClassAgainstItsRow() {
        // Seed 001 writes 一般公共预算服务支出 for 201 一般公共服务支出.
        Report report = changed(TestReports.seed001(), "五(二)", FactKind.AMOUNT, "一般公共预算服务支出", "759.44");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-012");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(5);
            assertThat(f.location().row()).isEqualTo("201 一般公共服务支出");
            assertThat(f.expected()).isEqualTo("795.44");
            assertThat(f.actual()).isEqualTo("759.44");
        });
    }

    @Test
    void firesOnAnItemOfTheDetailedUse() {
        Report report = changed(TestReports.fixtureA(), "五(三)", FactKind.AMOUNT, "病虫害控制", "84.60");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-012");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().row()).isEqualTo("2130108 病虫害控制");
            assertThat(f.expected()).isEqualTo("48.60");
        });
    }

    @Test
    void aSubjectNamedLevelByLevelIsCheckedAgainstTheRowOfThatCodePath() {
        String item = "农林水支出（类）农业农村（款）病虫害控制（项）";
        Report right = Narratives.adding(TestReports.fixtureA(), "五(三)", FactKind.AMOUNT, item, "48.60", "万元");
        assertThat(Narratives.run(rule, right)).isEmpty();

        Report wrong = Narratives.adding(TestReports.fixtureA(), "五(三)", FactKind.AMOUNT, item, "84.60", "万元");
        assertThat(Narratives.problems(rule, wrong)).singleElement().satisfies(f -> {
            assertThat(f.location().row()).isEqualTo("2130108 病虫害控制");
            assertThat(f.expected()).isEqualTo("48.60");
            assertThat(f.actual()).isEqualTo("84.60");
        });
    }

    @Test
    void aLevelPathTheTableLacksIsNotBoundToAnotherRow() {
        // 病虫害控制 exists under 21301 农业农村 only: under 21305 it names no row, so nothing is checked.
        Report report = Narratives.adding(TestReports.fixtureA(), "五(三)", FactKind.AMOUNT,
                "农林水支出（类）巩固脱贫攻坚成果衔接乡村振兴（款）病虫害控制（项）", "84.60", "万元");
        assertThat(Narratives.run(rule, report)).isEmpty();
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
