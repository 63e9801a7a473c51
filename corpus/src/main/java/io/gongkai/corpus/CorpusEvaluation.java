package io.gongkai.corpus;

import io.gongkai.batch.BatchTables;
import io.gongkai.batch.CorpusFiles;
import io.gongkai.batch.DocumentAudit;
import io.gongkai.batch.DocumentAuditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks every document of a corpus with batch's {@link DocumentAuditor} (the code path of batch and Spark runs)
 * and compares the ERROR and WARNING findings with each document's truth. Thread-safe; documents are audited in
 * parallel, results are summed in file order.
 */
public final class CorpusEvaluation {

    private final DocumentAuditor auditor;

    public CorpusEvaluation(DocumentAuditor auditor) {
        this.auditor = auditor;
    }

    /** An evaluation with the whole rule catalogue. */
    public static CorpusEvaluation standard() {
        return new CorpusEvaluation(DocumentAuditor.standard());
    }

    /** One document's findings with its truth. */
    record Judged(DocumentTruth truth, boolean unreadable, List<AuditedFinding> findings) {
    }

    /**
     * Evaluates the corpus under {@code root}.
     *
     * @throws NoSuchFileException when a document has no truth file beside it (the directory is not a corpus)
     */
    public Accuracy evaluate(Path root) throws IOException {
        List<String> files = CorpusFiles.list(root, null);
        List<Judged> judged;
        try {
            judged = files.parallelStream().map(file -> judge(root, file)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return summarise(judged);
    }

    private Judged judge(Path root, String file) {
        try {
            Path document = root.resolve(file);
            Path truthFile = document.resolveSibling(CorpusGenerator.truthName(document.getFileName().toString()));
            DocumentTruth truth = CorpusGenerator.JSON.readValue(Files.readAllBytes(truthFile), DocumentTruth.class);
            DocumentAudit audit = auditor.audit(file, Files.readAllBytes(document));
            List<AuditedFinding> findings = audit.records(BatchTables.FINDINGS).stream()
                    .filter(AuditedFinding::judged).map(AuditedFinding::of).toList();
            return new Judged(truth, audit.failed(), findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Accuracy summarise(List<Judged> judged) {
        Map<DefectType, int[]> types = new EnumMap<>(DefectType.class);
        for (DefectType t : DefectType.values()) {
            types.put(t, new int[4]);
        }
        Map<String, int[]> rules = new TreeMap<>();
        List<Accuracy.Miss> misses = new ArrayList<>();
        int unreadable = 0;
        int clean = 0;
        int cleanWithFindings = 0;
        int falsePositives = 0;
        int findings = 0;
        for (Judged j : judged) {
            PlantedDefect defect = j.truth().defect();
            unreadable += j.unreadable() ? 1 : 0;
            findings += j.findings().size();
            TreeSet<String> fired = new TreeSet<>();
            int explained = 0;
            for (AuditedFinding f : j.findings()) {
                fired.add(f.rule());
                int[] rule = rules.computeIfAbsent(f.rule(), r -> new int[4]);
                rule[0]++;
                if (f.explainedBy(defect)) {
                    rule[1]++;
                    explained++;
                } else {
                    falsePositives++;
                }
            }
            if (defect == null) {
                clean++;
                cleanWithFindings += j.findings().isEmpty() ? 0 : 1;
                continue;
            }
            for (String expected : defect.expectedRules()) {
                int[] rule = rules.computeIfAbsent(expected, r -> new int[4]);
                rule[2]++;
                rule[3] += fired.contains(expected) ? 1 : 0;
            }
            boolean detected = j.findings().stream().anyMatch(f -> f.locates(defect));
            int[] type = types.get(defect.type());
            type[0]++;
            type[1] += detected ? 1 : 0;
            type[2] += j.findings().size();
            type[3] += explained;
            if (!detected) {
                misses.add(new Accuracy.Miss(j.truth().document(), defect, List.copyOf(fired)));
            }
        }
        List<Accuracy.TypeLine> byType = new ArrayList<>();
        types.forEach((t, c) -> byType.add(new Accuracy.TypeLine(t, c[0], c[1], c[2], c[3])));
        List<Accuracy.RuleLine> byRule = new ArrayList<>();
        rules.forEach((r, c) -> byRule.add(new Accuracy.RuleLine(r, c[0], c[1], c[2], c[3])));
        return new Accuracy(judged.size(), unreadable, clean, cleanWithFindings, falsePositives, findings, byType,
                byRule, misses);
    }
}
