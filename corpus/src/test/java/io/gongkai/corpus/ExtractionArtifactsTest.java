package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.corpus.ExtractionArtifacts.Kind;
import io.gongkai.ingest.Reports;
import io.gongkai.model.IngestIssue;
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
    /** The start of the note the reader makes on a page layer it skips. */
    private static final String LAYER_SKIPPED = "页面重复图层";

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
    void aLongUnitNameWrapsInTables11And12AtTheSeedsWidths() throws Exception {
        // The generated unit names (at most 13 characters) never reach these widths; a clean text whose unit is
        // renamed to 20 characters, read into a report, shows the shape and its repair.
        String renamed = CorpusGenerator.render(CLEAN.get(0)).replace("青山县教育第1中心", "青山县教育局教学研究与装备保障服务中心");
        Report report = read(renamed);
        String text = ExtractionArtifacts.apply(renamed, report, EnumSet.of(Kind.WRAPPED_NAMES));
        // Table 11 after 16 characters, as seed 004 prints 长治市屯留区人民代表大会常务委员 / 会 / 30.75 30.75.
        assertThat(text).contains("\n青山县教育局教学研究与装备保障服\n务中心\n\t150.16\t150.16\t\t\n");
        // Table 12 after 16 characters past the indentation.
        assertThat(text).contains("\n　青山县教育局教学研究与装备保障服\n务中心\n\t194.76\t78.09\t\t116.67\t\t\n");
        Report readBack = read(text);
        assertThat(readBack).usingRecursiveComparison().ignoringFieldsOfTypes(SourceRef.class).isEqualTo(report);
        assertThat(judged(readBack)).isEmpty();
    }

    @Test
    void aLaterGoalTablePageStartsWithTheUpperHalfOfTheFirst() throws Exception {
        String text = with(2, Kind.LAYERED_PAGES);
        // Document 2 has two goal tables (重点设备购置, 年度信息化建设); a page starts within the second, before its
        // 项目实施计划 row, and the first table's heading down to its indicator header is drawn there again.
        assertThat(text).contains("\n保证项目实施的制度、措施\t\t严格执行财务管理制度。\t\t\t\t\t\n预算部门（单位）项目支出绩效目标表\n"
                + "(2024年度)\n项目名称\t\t重点设备购置\t\t\t\t\t\n");
        assertThat(text).contains("\n总体目标\t按期完成重点设备购置年度任务。\t\t\t按期完成重点设备购置年度任务。\t\t\t\n"
                + "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n"
                + "项目实施计划\t\t按年度计划分阶段实施。\t\t\t\t\t\n实施期目标\t\t\t\t年度目标\t\t\t\n"
                + "总体目标\t按期完成年度信息化建设年度任务。");
        assertThat(text.split("\n项目名称\t\t重点设备购置\t", -1)).hasSize(3);
        assertThat(text.split("\n项目名称\t\t年度信息化建设\t", -1)).hasSize(2);
        // The reader skips the layer and says so once.
        assertThat(read(text).issues()).extracting(IngestIssue::message).singleElement().asString()
                .startsWith(LAYER_SKIPPED);
        // A single goal table has nothing to repeat.
        assertThat(with(1, Kind.LAYERED_PAGES)).isEqualTo(CorpusGenerator.render(CLEAN.get(1)));
    }

    @Test
    void aLayerComesOnlyAfterTheLaterTableHasNamedItsProject() throws Exception {
        // Corpus document 307 (clean) with its artifacts: a page starts right under its second table's heading; a
        // layer there would leave that heading empty and be read as a third table (COMP-011, PERF-016).
        Report clean = GENERATOR.clean(CorpusGenerator.documentSeed(SEED, 307));
        Set<Kind> kinds = EnumSet.of(Kind.PAGE_FURNITURE, Kind.WRAPPED_AMOUNTS, Kind.WATERMARKS,
                Kind.WRAPPED_PARAGRAPHS, Kind.LAYERED_PAGES, Kind.SPACED_LABELS_IN_TAB_ROWS, Kind.NO_TABLE_LABELS);
        String text = ExtractionArtifacts.apply(CorpusGenerator.render(clean), clean, kinds);
        assertThat(text).doesNotContain("项目支出绩效目标表\n预算部门（单位）项目支出绩效目标表");
        Report read = read(text);
        assertThat(read.performanceGoals()).hasSize(2);
        assertThat(read).usingRecursiveComparison().ignoringFieldsOfTypes(SourceRef.class).ignoringFields("issues")
                .isEqualTo(read(CorpusGenerator.render(clean)));
        assertThat(judged(read)).isEmpty();
    }

    @Test
    void indicatorLabelsAreSpacedAndWrappedInRowsThatKeepTheirTabs() {
        String text = with(1, Kind.SPACED_LABELS_IN_TAB_ROWS);
        assertThat(text).contains("\n\t产 出 指\n标\t数 量 指\n标\t完成工作任务数量\t≥145项\t数 量 指\n标\t完成工作任务数量"
                + "\t≥145项\n");
        assertThat(text).contains("\n\t\t质 量 指\n标\t验收合格率\t100%\t质 量 指\n标\t验收合格率\t100%\n");
        assertThat(text).contains("\n\t满 意 度\n指 标\t服 务 对\n象 满 意\n度 指 标\t服务对象满意度\t≥93%\t服 务 对\n象 满 意"
                + "\n度 指 标\t服务对象满意度\t≥93%\n");
        assertThat(text).contains("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n");
        // With the space-separated form the rows lose their tabs; the two are not combined.
        assertThat(with(1, Kind.SPACED_INDICATOR_LABELS, Kind.SPACED_LABELS_IN_TAB_ROWS))
                .isEqualTo(with(1, Kind.SPACED_INDICATOR_LABELS));
    }

    @Test
    void tablesLoseTheirLabelsAndAreKnownByTitle() {
        String text = with(0, Kind.NO_TABLE_LABELS);
        assertThat(text).contains("\n第二部分 2024年部门预算报表\n2024年预算收支总表\n单位名称：青山县教育局\n");
        assertThat(text).contains("\n2024年预算收入总表\n单位名称：青山县教育局\n").doesNotContain("预算公开表")
                .doesNotContain("\n表二2024年");
        assertThat(text.lines().filter(l -> l.matches("表[一二三四五六七八九十]+2024年.*"))).isEmpty();
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
                .ignoringFields("issues").isEqualTo(READ.get(document));
        // The reader notes each page layer it skips, and nothing else the clean text does not get.
        assertThat(read.issues()).as("document %d", document).filteredOn(i -> !i.message().startsWith(LAYER_SKIPPED))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("where")
                .containsExactlyElementsOf(READ.get(document).issues());
        assertThat(judged(read)).as("document %d", document).isEmpty();
    }

    /** The ERROR and WARNING findings on a report. */
    private static List<String> judged(Report report) {
        return CHECKER.check(report).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .map(Finding::message).toList();
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
