package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.Report;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated documents: deterministic, clean ones exactly the authored report's text, and defective ones
 * differing from the clean rendering exactly where their truth says.
 */
class CorpusGeneratorTest {

    private static final long SEED = 20261122L;
    private static final int COUNT = 30;
    private static final CorpusGenerator GENERATOR = new CorpusGenerator();
    private static final List<CorpusGenerator.Document> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void generate() {
        for (int i = 0; i < COUNT; i++) {
            DOCUMENTS.add(GENERATOR.document(i, SEED, 0.5));
        }
    }

    @Test
    void theSameSeedGivesTheSameDocument() {
        CorpusGenerator.Document again = new CorpusGenerator().document(7, SEED, 0.5);
        assertThat(again).isEqualTo(DOCUMENTS.get(7));
        assertThat(new CorpusGenerator().document(7, SEED + 1, 0.5).text()).isNotEqualTo(again.text());
    }

    @Test
    void aboutHalfAreDefectiveAndTheTypesVary() {
        List<DocumentTruth> defective = DOCUMENTS.stream().map(CorpusGenerator.Document::truth)
                .filter(DocumentTruth::defective).toList();
        assertThat(defective).hasSizeBetween(8, 22);
        assertThat(defective.stream().map(t -> t.defect().type()).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(new CorpusGenerator().document(3, SEED, 0.0).truth().defective()).isFalse();
        assertThat(new CorpusGenerator().document(3, SEED, 1.0).truth().defective()).isTrue();
    }

    @Test
    void cleanDocumentsAreTheAuthoredReportWithArtifacts() {
        for (CorpusGenerator.Document doc : DOCUMENTS) {
            if (!doc.truth().defective()) {
                assertThat(doc.text()).isEqualTo(cleanText(doc));
            }
        }
    }

    @Test
    void defectiveDocumentsDifferFromTheCleanTextWhereTheTruthSays() {
        Set<DefectType> seen = EnumSet.noneOf(DefectType.class);
        for (CorpusGenerator.Document doc : DOCUMENTS) {
            PlantedDefect defect = doc.truth().defect();
            if (defect == null) {
                continue;
            }
            seen.add(defect.type());
            // The artifacts are the same on both (cleanDocuments... and publishedText... show how they are put in);
            // the planted change is compared on the texts without them, where a changed cell is one line.
            List<String> clean = List.of(CorpusGenerator.render(GENERATOR.clean(doc.truth().seed())).split("\n"));
            List<String> planted = List.of(CorpusGenerator.render(doc.published()).split("\n"));
            List<String> added = minus(planted, clean);
            List<String> removed = minus(clean, planted);
            assertThat(defect.original()).as(doc.name()).isNotEqualTo(defect.planted());
            switch (defect.type()) {
                case MISSING_TABLE -> {
                    assertThat(added).as(doc.name()).isEmpty();
                    assertThat(removed).as(doc.name()).contains("预算公开表" + defect.table());
                    assertThat(doc.text()).doesNotContain("预算公开表" + defect.table() + "\n");
                }
                case CODE_NAME -> {
                    assertThat(added).as(doc.name()).hasSize(1);
                    String code = defect.row().split(" ")[0];
                    assertThat(added.get(0)).startsWith(code + "\t" + defect.planted() + "\t");
                    assertThat(removed).containsExactly(added.get(0).replace(defect.planted(), defect.original()));
                }
                case TABLE_AMOUNT, THREE_PUBLIC_ITEM -> {
                    assertThat(defect.table()).isNotNull();
                    assertThat(defect.type() == DefectType.THREE_PUBLIC_ITEM).isEqualTo(defect.table() == 10);
                    // The cell itself, and perhaps views derived from it (a project total, 政府采购).
                    assertThat(added).as(doc.name()).isNotEmpty()
                            .anySatisfy(line -> assertThat(cells(line)).contains(defect.planted()));
                    assertThat(removed).anySatisfy(line -> assertThat(cells(line)).contains(defect.original()));
                }
                case NARRATIVE_FIGURE -> {
                    assertThat(defect.section()).isNotNull();
                    assertThat(added).as(doc.name()).isNotEmpty()
                            .anySatisfy(line -> assertThat(line).contains(defect.planted()));
                }
                case GOAL_FUNDS -> {
                    BigDecimal value = new BigDecimal(defect.planted());
                    boolean whole = value.stripTrailingZeros().scale() <= 0;
                    String printed = new DecimalFormat(whole ? "#,##0" : "#,##0.00").format(value);
                    assertThat(added).as(doc.name()).hasSize(1);
                    assertThat(added.get(0)).contains("年度资金总额").contains(printed);
                    // Changed in 万元: 83.72万元 is not reprinted as 837,154.54元 (it would agree within rounding).
                    assertThat(new BigDecimal(defect.planted()).movePointLeft(4).setScale(2,
                            java.math.RoundingMode.HALF_UP)).isNotEqualByComparingTo(new BigDecimal(
                                    defect.original()).movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP));
                }
                case VEHICLES_OVER_QUOTA -> {
                    assertThat(added).as(doc.name()).hasSize(1);
                    assertThat(added.get(0)).contains("实有" + defect.planted() + "辆");
                    assertThat(removed).containsExactly(added.get(0).replace("实有" + defect.planted() + "辆",
                            "实有" + defect.original() + "辆"));
                }
                default -> throw new AssertionError(defect.type());
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void publishedTextIsThePublishedReportWithTheTruthsArtifacts() {
        for (CorpusGenerator.Document doc : DOCUMENTS) {
            assertThat(doc.text()).as(doc.name()).isEqualTo(ExtractionArtifacts.apply(
                    CorpusGenerator.render(doc.published()), doc.published(), kinds(doc)));
        }
    }

    @Test
    void artifactsAreTheOnesTheTruthNames() {
        Set<String> applied = new java.util.HashSet<>();
        for (CorpusGenerator.Document doc : DOCUMENTS) {
            List<String> artifacts = doc.truth().artifacts();
            applied.addAll(artifacts);
            List<String> lines = List.of(doc.text().split("\n"));
            assertThat(lines.contains("-1-")).as(doc.name()).isEqualTo(artifacts.contains("PAGE_FURNITURE"));
            boolean doubled = lines.stream().anyMatch(line -> line.length() > 4 && line.length() % 2 == 0
                    && line.endsWith("表") && line.substring(0, line.length() / 2)
                            .equals(line.substring(line.length() / 2)));
            assertThat(doubled).as(doc.name()).isEqualTo(artifacts.contains("DOUBLED_TITLES"));
            assertThat(lines.contains("仅供内部审核")).as(doc.name()).isEqualTo(artifacts.contains("WATERMARKS"));
            assertThat(lines.stream().anyMatch(line -> line.startsWith("合计合计\t") || line.startsWith("\t合计合计\t")))
                    .as(doc.name()).isEqualTo(artifacts.contains("DOUBLED_BOLD_CELLS"));
            // Every table 1 has the row 七、文化旅游体育与传媒支出, one character too long for its cell.
            assertThat(lines.stream().anyMatch(line -> line.endsWith("\t七、文化旅游体育与传媒支"))).as(doc.name())
                    .isEqualTo(artifacts.contains("WRAPPED_NAMES"));
            assertThat(lines.stream().anyMatch(line -> line.startsWith("预算公开表"))).as(doc.name())
                    .isEqualTo(!artifacts.contains("NO_TABLE_LABELS"));
            if (artifacts.contains("SPACED_INDICATOR_LABELS")) {
                assertThat(artifacts).as(doc.name()).doesNotContain("SPACED_LABELS_IN_TAB_ROWS");
            }
        }
        assertThat(applied).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ExtractionArtifacts.Kind.values()).map(Enum::name).toList());
    }

    private static Set<ExtractionArtifacts.Kind> kinds(CorpusGenerator.Document doc) {
        Set<ExtractionArtifacts.Kind> kinds = EnumSet.noneOf(ExtractionArtifacts.Kind.class);
        doc.truth().artifacts().forEach(a -> kinds.add(ExtractionArtifacts.Kind.valueOf(a)));
        return kinds;
    }

    /** The clean report of the document's seed, rendered with the same artifacts. */
    private static String cleanText(CorpusGenerator.Document doc) {
        Report clean = GENERATOR.clean(doc.truth().seed());
        return ExtractionArtifacts.apply(CorpusGenerator.render(clean), clean, kinds(doc));
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\t")).map(String::trim).toList();
    }

    /** The lines of {@code a} not matched by a line of {@code b} (multiset difference, page furniture ignored). */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Long> left = new HashMap<>(b.stream().collect(Collectors.groupingBy(s -> s,
                Collectors.counting())));
        List<String> rest = new ArrayList<>();
        for (String line : a) {
            long n = left.getOrDefault(line, 0L);
            if (n > 0) {
                left.put(line, n - 1);
            } else if (!line.matches("-\\d+-") && !line.endsWith("年部门预算公开报告")) {
                rest.add(line);
            }
        }
        return rest;
    }
}
