package io.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.Reports;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.Summary;
import io.gongkai.render.text.DisclosureTextWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Final accounts (seed 003) written as disclosure text by {@link DisclosureTextWriter} and read back by the text
 * reader: the same ten tables (every row's side, code, names, level, key, 行次 and amounts), the same summary figure
 * by figure, the same self-evaluations field by field, the same narrative sections and glossary.
 */
class FinalAccountsTextRoundTripTest {

    private static Report original;
    private static String text;
    private static Report read;

    @BeforeAll
    static void writeAndReadBack() throws Exception {
        original = SeedReports.read(SeedReports.SEED_003);
        StringBuilder out = new StringBuilder();
        new DisclosureTextWriter(out).write(original);
        text = out.toString();
        read = Reports.text().read("003-written.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBackAsFinalAccountsWithTheSameTablesAndSummary() {
        assertThat(read.kind()).isEqualTo(ReportKind.FINAL_ACCOUNTS);
        assertThat(read.year()).isEqualTo(2023);
        assertThat(read.unit().name()).isEqualTo(original.unit().name());
        assertThat(read.tables()).hasSize(10).hasSameSizeAs(original.tables());
        assertThat(PublishedFormatRoundTripTest.differences(original, read)).isEmpty();
    }

    @Test
    void theSummaryIsTheOnePrintedInSeed003() {
        // Seed 003: 公开01 总计 1441.24 both sides (line 316), 年初结转和结余 none; 公开03 合计 301.45 basic,
        // 1,139.80 project (line 490); 公开06 人员经费合计 283.47, 公用经费合计 17.98 (line 995); 公开10 机关运行经费
        // 17.98 (line 1142), 政府采购 10.13.
        Summary summary = read.summary();
        assertThat(summary.incomeTotal()).isEqualByComparingTo("1441.24");
        assertThat(summary.expenditureTotal()).isEqualByComparingTo("1441.24");
        assertThat(summary.carryover()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(summary.basicExpenditure()).isEqualByComparingTo("301.45");
        assertThat(summary.projectExpenditure()).isEqualByComparingTo("1139.80");
        assertThat(summary.personnel()).isEqualByComparingTo("283.47");
        assertThat(summary.publicExpense()).isEqualByComparingTo("17.98");
        assertThat(summary.institutionOperating()).isEqualByComparingTo("17.98");
        assertThat(summary.procurementTotal()).isEqualByComparingTo("10.13");
    }

    @Test
    void readsBackTheSameSelfEvaluationsNarrativeAndGlossary() {
        assertThat(read.selfEvaluations()).hasSize(6);
        assertThat(describe(read.selfEvaluations())).containsExactlyElementsOf(describe(original.selfEvaluations()));
        assertThat(read.narrative().sections()).extracting(s -> s.number() + "、" + s.title())
                .containsExactlyElementsOf(original.narrative().sections().stream()
                        .map(s -> s.number() + "、" + s.title()).toList());
        assertThat(read.glossary()).hasSameSizeAs(original.glossary()).isNotEmpty();
    }

    @Test
    void printsTheTablesAsSeed003Does() {
        assertThat(text).contains("公开01表", "公开10表", "第二部分 2023年部门决算报表");
        // Seed 003 prints a 行次 column in 公开01, 04 and 10 (lines 215, 619, 1128), each a header line 项目 行次 ….
        assertThat(text.lines().filter(l -> l.contains("行次"))).hasSize(3).allMatch(l -> l.startsWith("项目\t行次\t"));
        assertThat(text).contains("项目支出绩效自评表");
    }

    private static List<String> describe(List<?> records) {
        return records.stream().map(GoalAndSelfEvaluationRoundTripTest::describe).toList();
    }
}
