package io.gongkai.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetExamples;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.ingest.Reports;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 类/款/项 statements of 五(三) and the 三公 counts of 七, written as disclosure text and read back by the text
 * reader, are narrative facts the rules check. The expected figures are worked out by hand from the example's
 * JSON (county-agriculture-2024.json): 农林水支出 this year 12,799,900 元 (the nine 213 项 of 一般公共预算 当年),
 * last year 12,434,300 元 (the ten 213 项 of other.lastYear.gpbByFunction); 农田建设 2,800,000 against 2,000,000;
 * 病虫害控制 1,180,000 against 1,280,000; 农业农村 (21301) 10,719,900.
 */
class DetailedNarrativeReadBackTest {

    private static final String CLASS = "农林水支出（类）";
    private static final String SECTION = CLASS + "农业农村（款）";
    private static final String FARMLAND = SECTION + "农田建设（项）";
    private static final String PESTS = SECTION + "病虫害控制（项）";

    @TempDir
    Path dir;

    @Test
    void theReaderFindsTheClassSectionAndItemStatementsWithTheirChanges() throws Exception {
        Report read = read(text());

        assertThat(fact(read, "五(三)", "AMOUNT", CLASS)).isEqualTo("1279.99万元");
        assertThat(fact(read, "五(三)", "CHANGE", CLASS)).isEqualTo("36.56万元");
        assertThat(fact(read, "五(三)", "CHANGE_RATE", CLASS)).isEqualTo("2.94%");
        assertThat(fact(read, "五(三)", "AMOUNT", SECTION)).isEqualTo("1071.99万元");
        assertThat(fact(read, "五(三)", "AMOUNT", FARMLAND)).isEqualTo("280.00万元");
        assertThat(fact(read, "五(三)", "CHANGE", FARMLAND)).isEqualTo("80.00万元");
        assertThat(fact(read, "五(三)", "CHANGE_RATE", FARMLAND)).isEqualTo("40.00%");
        assertThat(fact(read, "五(三)", "CHANGE", PESTS)).isEqualTo("-10.00万元");
        assertThat(fact(read, "五(三)", "CHANGE_RATE", PESTS)).isEqualTo("-7.81%");
        assertThat(fact(read, "七", "COUNT", "国内公务接待")).isEqualTo("42批次");
        assertThat(fact(read, "七", "COUNT", "接待人数")).isEqualTo("310人次");
        assertThat(read.narrative().sections().stream().filter(s -> s.number().equals("五")).findFirst()
                .orElseThrow().text()).contains(FARMLAND + "280.00万元，比上年增加80.00万元，增长40.00%，主要原因是高标准农田建设任务增加。");
        assertThat(findings(read, Severity.ERROR)).isEmpty();
        assertThat(findings(read, Severity.WARNING)).isEmpty();
    }

    @Test
    void aWrongItemAmountIsCaughtAgainstItsOwnRow() throws Exception {
        String text = text();
        String stated = FARMLAND + "280.00万元";
        assertThat(text).contains(stated);

        Report read = read(text.replace(stated, FARMLAND + "290.00万元"));

        assertThat(findings(read, Severity.ERROR)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("NARR-012");
            assertThat(f.message()).contains("290").contains("280.00");
        });
    }

    @Test
    void aWrongSectionAmountIsCaughtAgainstTheSectionRow() throws Exception {
        String text = text();
        String stated = SECTION + "1071.99万元";
        assertThat(text).contains(stated);

        Report read = read(text.replace(stated, SECTION + "1279.99万元"));

        assertThat(findings(read, Severity.ERROR)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("NARR-012");
            assertThat(f.message()).contains("1071.99");
        });
    }

    @Test
    void aWrongRateOfAnItemIsCaught() throws Exception {
        String text = text();
        String stated = "增加80.00万元，增长40.00%";
        assertThat(text).contains(stated);

        Report read = read(text.replace(stated, "增加80.00万元，增长45.00%"));

        assertThat(findings(read, Severity.ERROR)).anySatisfy(f -> assertThat(f.rule()).isEqualTo("NARR-004"));
    }

    private static String text() throws Exception {
        Report derived = new ReportAuthor().derive(BudgetExamples.countyAgriculture());
        StringBuilder text = new StringBuilder();
        new DisclosureTextWriter(text).write(derived);
        return text.toString();
    }

    private Report read(String text) throws Exception {
        Path file = dir.resolve("derived.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Reports.read(file);
    }

    /** The value and unit of the one fact of the kind about the subject in the section. */
    private static String fact(Report report, String section, String kind, String subject) {
        List<NarrativeFact> found = report.narrative().facts().stream().filter(f -> f.section().equals(section)
                && f.kind().name().equals(kind) && f.subject().equals(subject)).toList();
        assertThat(found).as("%s %s %s", section, kind, subject).hasSize(1);
        return found.get(0).value().toPlainString() + found.get(0).unit();
    }

    private static List<Finding> findings(Report report, Severity severity) {
        CheckResult result = Checker.standard().check(report);
        return result.findings().stream().filter(f -> f.severity() == severity).toList();
    }
}
