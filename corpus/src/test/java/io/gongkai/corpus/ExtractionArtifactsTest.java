package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.corpus.ExtractionArtifacts.Kind;
import io.gongkai.ingest.Reports;
import io.gongkai.model.Report;
import io.gongkai.model.SourceRef;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each imitated extraction artifact: the exact lines it makes in a known document (checked by hand against the
 * document's clean text), and that the text reader repairs it: a clean document with the artifact alone, and with
 * all of them, reads back to the same report as without it and gets no ERROR or WARNING finding.
 */
class ExtractionArtifactsTest {

    private static final long SEED = 20261122L;
    /** Documents 0 to 4 of the seed: 0 has no goal table, the others one to three. */
    private static final int DOCUMENTS = 5;
    private static final CorpusGenerator GENERATOR = new CorpusGenerator();
    private static final Checker CHECKER = Checker.standard();
    private static final List<Report> CLEAN = new ArrayList<>();
    private static final List<Report> READ = new ArrayList<>();

    @BeforeAll
    static void readTheCleanTexts() throws Exception {
        for (int i = 0; i < DOCUMENTS; i++) {
            Report clean = GENERATOR.clean(CorpusGenerator.documentSeed(SEED, i));
            CLEAN.add(clean);
            READ.add(read(CorpusGenerator.render(clean)));
        }
    }

    private static String with(int document, Kind... kinds) {
        Report clean = CLEAN.get(document);
        return ExtractionArtifacts.apply(CorpusGenerator.render(clean), clean, EnumSet.of(kinds[0], kinds));
    }

    private static Report read(String text) throws Exception {
        return Reports.read("doc.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLongRowNameWrapsInItsCellAndItsAmountsFollowOnTheirOwnLine() {
        String text = with(0, Kind.WRAPPED_NAMES);
        // Table 1, an empty row: as seed 000 prints it.
        assertThat(text).contains("\t\t七、文化旅游体育与传媒支\n出\n\t\t八、社会保障和就业支出\t327.76\t327.76\t\n");
        // A row with amounts: as seed 004 prints 八、社会保障和就业支\n出\n50.45 50.45.
        assertThat(text).contains("\t\t十九、自然资源海洋气象等\n支出\n\t\t\t143.03\t143.03\t\n");
        // Twelve characters fit: 对村级公益事业建设的补助 stays whole.
        assertThat(text).contains("2130701\t对村级公益事业建设的补助\t21.12\t21.12\t");
    }

    @Test
    void aGoalTableAmountWrapsAfterSixCharacters() {
        String text = with(1, Kind.WRAPPED_AMOUNTS);
        assertThat(text).contains("项目资金（元）\t实施期资金总额：\t6,643,\n429.84\t年度资金总额：\t6,643,\n429.84\t\t\n");
        assertThat(text).contains("\t省级财政资金\t664,34\n2.98\t省级财政资金\t664,34\n2.98\t\t\n");
        // Six characters fit.
        assertThat(text).contains("\t其中：中央财政资金\t0\t其中：中央财政资金\t0\t\t\n");
    }

    @Test
    void indicatorRowsLoseTheirTabsAndTheirLabelsAreSpacedAndWrapped() {
        String text = with(1, Kind.SPACED_INDICATOR_LABELS);
        assertThat(text).contains("\n产 出 指\n标 数 量 指\n标 完成工作任务数量 ≥145项 数 量 指\n标 完成工作任务数量 ≥145项\n");
        assertThat(text).contains("\n质 量 指\n标 验收合格率 100% 质 量 指\n标 验收合格率 100%\n");
        assertThat(text).contains("\n满 意 度\n指 标 服 务 对\n象 满 意\n度 指 标 服务对象满意度 ≥93% 服 务 对\n象 满 意\n度 指 标 "
                + "服务对象满意度 ≥93%\n");
        // The header row is left as printed.
        assertThat(text).contains("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n");
    }

    @Test
    void boldHeadersTotalsNotesAndHeadingsAreDrawnTwice() {
        String text = with(0, Kind.DOUBLED_BOLD_CELLS);
        assertThat(text).contains("\n收入收入\t\t支出支出\t\t\t\n");
        assertThat(text).contains("\n\t合计合计\t1496.811496.81\t882.18882.18\t\t116.67116.67\t152.11152.11\t345.85345.85\t\n");
        assertThat(text).contains("\n本年收入合计本年收入合计\t1496.811496.81\t本年支出合计本年支出合计\t1496.811496.81"
                + "\t1496.811496.81\t\n");
        assertThat(text).contains("\n合计合计\t\t804.09804.09\t225.78225.78\t578.30578.30\n");
        assertThat(text).contains("\n注：本表无数据注：本表无数据\n");
        assertThat(text).contains("\n二、收入预算情况说明二、收入预算情况说明\n");
        // Integers are not doubled (the reader cannot tell 11 from a doubled 1), nor are ordinary rows.
        assertThat(text).contains("\n1\t2\t3\t4\t5\t6\t7\n");
        assertThat(text).contains("\n201\t一般公共服务支出\t491.39\t374.13\t\t\t\t117.26\t\n");
    }

    @Test
    void lookAlikeRadicalsReplaceOrdinaryCharacters() {
        String text = with(0, Kind.LOOK_ALIKE_CHARACTERS);
        assertThat(text).contains("单位名称：⻘山县教育局\n").doesNotContain("青");
    }

    @Test
    void aWatermarkOnEveryPageAndThePartHeadingInTheMiddleOfTable1() {
        List<String> lines = List.of(with(0, Kind.WATERMARKS).split("\n"));
        List<String> clean = List.of(CorpusGenerator.render(CLEAN.get(0)).split("\n"));
        assertThat(lines.stream().filter("仅供内部审核"::equals).count()).isEqualTo((clean.size() + 20) / 40);
        int heading = lines.indexOf("第二部分 第二部分 2024年部门预算报表2024年部门预算报表");
        assertThat(heading).isGreaterThan(lines.indexOf("预算公开表1") + 5).isLessThan(lines.indexOf("表二2024年预算收入总表"));
    }

    @Test
    void paragraphsBreakAtThePageWidthButNotWithinANumber() {
        String text = with(0, Kind.WRAPPED_PARAGRAPHS);
        // The 38th character is within 1496.81: the line breaks before the number.
        assertThat(text).contains("\n2024年度青山县教育局预算收入总计1496.81万元，其中：本年收入\n1496.81万元，上年结转0万元，");
        assertThat(text.lines().filter(l -> !l.contains("\t")).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(ExtractionArtifacts.PARAGRAPH_WIDTH);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCleanDocumentWithTheArtifactReadsBackTheSameAndStaysClean(Kind kind) throws Exception {
        int changed = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = with(i, kind);
            if (!text.equals(CorpusGenerator.render(CLEAN.get(i)))) {
                changed++;
            }
            assertReadsBackTheSame(i, text);
        }
        // Goal-table artifacts change only documents with goal tables.
        assertThat(changed).isGreaterThanOrEqualTo(DOCUMENTS / 2);
    }

    @Test
    void aCleanDocumentWithAllArtifactsReadsBackTheSameAndStaysClean() throws Exception {
        for (int i = 0; i < DOCUMENTS; i++) {
            Report clean = CLEAN.get(i);
            assertReadsBackTheSame(i, ExtractionArtifacts.apply(CorpusGenerator.render(clean), clean,
                    EnumSet.allOf(Kind.class)));
        }
    }

    private static void assertReadsBackTheSame(int document, String text) throws Exception {
        Report read = read(text);
        assertThat(read).as("document %d", document).usingRecursiveComparison().ignoringFieldsOfTypes(SourceRef.class)
                .isEqualTo(READ.get(document));
        List<String> judged = CHECKER.check(read).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .map(Finding::message).toList();
        assertThat(judged).as("document %d", document).isEmpty();
    }

    @Test
    void theNewArtifactsAreChosenLikeTheOthers() {
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (int i = 0; i < 30; i++) {
            seen.addAll(ExtractionArtifacts.choose(new java.util.Random(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(Kind.values());
    }
}
