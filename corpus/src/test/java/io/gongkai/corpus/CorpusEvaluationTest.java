package io.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small corpus generated and evaluated end to end, and the arithmetic of the accuracy figures by hand. */
class CorpusEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void aSmallCorpusIsCleanWhereCleanAndItsDefectsAreFound() throws Exception {
        new CorpusGenerator().write(30, 20261122L, 0.5, dir);
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".truth.json")).count()).isEqualTo(30);

        Accuracy accuracy = CorpusEvaluation.standard().evaluate(dir);

        assertThat(accuracy.documents()).isEqualTo(30);
        assertThat(accuracy.unreadable()).isZero();
        // Authored reports pass every rule, and the artifacts are repaired by the reader: no false alarm.
        assertThat(accuracy.cleanDocuments()).isBetween(8, 22);
        assertThat(accuracy.cleanWithFindings()).isZero();
        assertThat(accuracy.falsePositives()).isZero();
        int planted = accuracy.byType().stream().mapToInt(Accuracy.TypeLine::planted).sum();
        int detected = accuracy.byType().stream().mapToInt(Accuracy.TypeLine::detected).sum();
        assertThat(planted).isEqualTo(30 - accuracy.cleanDocuments());
        // Measured on this corpus: every planted defect is located (docs/accuracy.md has the 2,000-document run).
        assertThat(detected).isEqualTo(planted);
        assertThat(accuracy.misses()).isEmpty();
        // Every rule expected from the planted model fires on the document read back from text.
        assertThat(accuracy.byRule()).allSatisfy(r -> assertThat(r.fired()).as(r.rule()).isEqualTo(r.expected()));
    }

    @Test
    void aDirectoryWithoutTruthFilesIsRefused() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "预算收支总表");
        assertThatThrownBy(() -> CorpusEvaluation.standard().evaluate(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("a.truth.json");
    }

    @Test
    void aFindingLocatesADefectInItsSectionOrSubsection() {
        PlantedDefect equipment = new PlantedDefect(DefectType.NARRATIVE_FIGURE, null, "通用设备", null, "十一(3)", "1",
                "2", List.of());
        assertThat(section("情况说明 十一、国有资产占用情况").locates(equipment)).isTrue();
        assertThat(section("情况说明十一(3)").locates(equipment)).isTrue();
        assertThat(section("情况说明十一(1)").locates(equipment)).isFalse();
        assertThat(section("情况说明十").locates(equipment)).isFalse();
        PlantedDefect ten = new PlantedDefect(DefectType.NARRATIVE_FIGURE, null, "项目", null, "十", "1", "2",
                List.of());
        assertThat(section("情况说明十一、国有资产占用情况").locates(ten)).isFalse();
        assertThat(section("情况说明十(2)").locates(ten)).isTrue();
        PlantedDefect goal = new PlantedDefect(DefectType.GOAL_FUNDS, null, "培训经费", "annualFunds.total",
                "绩效目标表「培训经费」", "30000", "3000", List.of());
        assertThat(section("绩效目标表「培训经费」年度资金").locates(goal)).isTrue();
        assertThat(section("绩效目标表「宣传经费」年度资金").locates(goal)).isFalse();
    }

    private static AuditedFinding section(String section) {
        return new AuditedFinding("NARR-001", "ERROR", Set.of(), null, section);
    }

    @Test
    void findingsAreCountedAgainstTheTruth() {
        PlantedDefect inTable3 = new PlantedDefect(DefectType.TABLE_AMOUNT, 3, "201 一般公共服务支出", "total", null,
                "12.34", "12.43", List.of("ARITH-005", "XTAB-006"));
        PlantedDefect inSection = new PlantedDefect(DefectType.NARRATIVE_FIGURE, null, "收入总计", null, "一",
                "100.00", "110.00", List.of("NARR-001"));
        List<CorpusEvaluation.Judged> judged = List.of(
                // Located in 表3 (by location), one involving 表3 (by tables), one elsewhere by an expected rule,
                // and one unexplained.
                new CorpusEvaluation.Judged(new DocumentTruth("a.txt", 1, inTable3, List.of()), false, List.of(
                        new AuditedFinding("ARITH-005", "ERROR", Set.of(3), 3, null),
                        new AuditedFinding("XTAB-001", "ERROR", Set.of(1, 3), 1, null),
                        new AuditedFinding("XTAB-006", "WARNING", Set.of(2, 5), 2, null),
                        new AuditedFinding("COMP-002", "ERROR", Set.of(7), 7, null))),
                // Not located: the finding is in another section.
                new CorpusEvaluation.Judged(new DocumentTruth("b.txt", 2, inSection, List.of()), false, List.of(
                        new AuditedFinding("NARR-002", "ERROR", Set.of(), null, "情况说明二"))),
                // Located: 情况说明一.
                new CorpusEvaluation.Judged(new DocumentTruth("c.txt", 3, inSection, List.of()), false, List.of(
                        new AuditedFinding("NARR-001", "ERROR", Set.of(1), 1, "情况说明一"))),
                // A clean document with a false alarm, and one without.
                new CorpusEvaluation.Judged(new DocumentTruth("d.txt", 4, null, List.of()), false, List.of(
                        new AuditedFinding("ARITH-005", "WARNING", Set.of(3), 3, null))),
                new CorpusEvaluation.Judged(new DocumentTruth("e.txt", 5, null, List.of()), false, List.of()));

        Accuracy a = CorpusEvaluation.summarise(judged);

        assertThat(a.documents()).isEqualTo(5);
        assertThat(a.cleanDocuments()).isEqualTo(2);
        assertThat(a.cleanWithFindings()).isEqualTo(1);
        assertThat(a.findings()).isEqualTo(7);
        // COMP-002 on a.txt, NARR-002 on b.txt, ARITH-005 on d.txt.
        assertThat(a.falsePositives()).isEqualTo(3);
        assertThat(a.precision()).isEqualTo(4.0 / 7);
        Accuracy.TypeLine table = a.byType().get(DefectType.TABLE_AMOUNT.ordinal());
        assertThat(table).isEqualTo(new Accuracy.TypeLine(DefectType.TABLE_AMOUNT, 1, 1, 4, 3));
        assertThat(table.precision()).isEqualTo(0.75);
        Accuracy.TypeLine narrative = a.byType().get(DefectType.NARRATIVE_FIGURE.ordinal());
        assertThat(narrative).isEqualTo(new Accuracy.TypeLine(DefectType.NARRATIVE_FIGURE, 2, 1, 2, 1));
        assertThat(narrative.recall()).isEqualTo(0.5);
        assertThat(a.byType().get(DefectType.MISSING_TABLE.ordinal()).recall()).isNull();
        assertThat(a.byRule()).contains(new Accuracy.RuleLine("ARITH-005", 2, 1, 1, 1),
                new Accuracy.RuleLine("NARR-001", 1, 1, 2, 1), new Accuracy.RuleLine("COMP-002", 1, 0, 0, 0));
        assertThat(a.misses()).extracting(Accuracy.Miss::document).containsExactly("b.txt");
        assertThat(a.misses().get(0).firedRules()).containsExactly("NARR-002");
    }
}
