package io.gongkai.rules.narrative;

import static io.gongkai.rules.narrative.Narratives.changed;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Columns;
import io.gongkai.model.FactKind;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.Severity;
import io.gongkai.rules.testing.ReportEdits;
import io.gongkai.rules.testing.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NARR-010: 四 财政拨款 against table 4. */
class FiscalAmountsMatchTableRuleTest {

    private final Rule rule = new FiscalAmountsMatchTableRule();

    @Test
    void firesWhenAClassDiffersFromTable4() {
        Report report = changed(TestReports.seed000(), "四", FactKind.AMOUNT, "商业服务业等支出", "1487.65");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-010");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().table()).isEqualTo(4);
            assertThat(f.location().row()).isEqualTo("十六、商业服务业等支出");
            assertThat(f.location().column()).isEqualTo("subtotal");
            assertThat(f.expected()).isEqualTo("1478.65");
        });
    }

    @Test
    void firesWhenThisYearsFiscalIncomeDiffers() {
        Report report = changed(TestReports.fixtureA(), "四", FactKind.AMOUNT, "本年财政拨款收入", "1040.54");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-010");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().row()).isEqualTo("一、本年收入");
            assertThat(f.expected()).isEqualTo("1044.54");
        });
    }

    @Test
    void firesWhenASourceMatchesNeitherThisYearNorTheWhole() {
        // 四 of seed 000 states 一般公共预算拨款 1554.77, this year's 847.18 plus the carry-over: both readings pass.
        Report report = changed(TestReports.seed000(), "四", FactKind.AMOUNT, "一般公共预算拨款", "1500.00");
        List<Finding> found = Narratives.problems(rule, report);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARR-010");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().row()).isEqualTo("一、一般公共预算");
            assertThat(f.expected()).isEqualTo("847.18");
        });
    }

    @Test
    void readsTheClassNamed国有资本经营预算支出AsAClassNotAsTheSource() {
        // 类 223 国有资本经营预算支出 listed under 支出包括 is the 类's row of table 4, not the 国有资本经营预算 income.
        Report withClass = ReportEdits.cell(TestReports.seed000(), TableType.FISCAL_SUMMARY,
                ReportEdits.row("二十二、国有资本经营预算支出"), Columns.SUBTOTAL, "83.03");
        Report agreeing = Narratives.adding(withClass, "四", FactKind.AMOUNT, "国有资本经营预算支出", "83.03", "万元");
        Report differing = Narratives.adding(withClass, "四", FactKind.AMOUNT, "国有资本经营预算支出", "80.00", "万元");

        assertThat(Narratives.problems(rule, agreeing)).isEmpty();
        assertThat(Narratives.problems(rule, differing)).singleElement().satisfies(f -> {
            assertThat(f.location().row()).isEqualTo("二十二、国有资本经营预算支出");
            assertThat(f.expected()).isEqualTo("83.03");
        });
    }

    @Test
    void staysSilentOnTheSeedsAndFixtures() {
        for (Report report : Narratives.all()) {
            assertThat(Narratives.run(rule, report)).as(report.unit().name()).isEmpty();
        }
    }
}
