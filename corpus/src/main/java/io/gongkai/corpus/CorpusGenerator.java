package io.gongkai.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gongkai.author.BudgetData;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.synthetic.SyntheticBudgets;
import io.gongkai.batch.CorpusFiles;
import io.gongkai.model.Report;
import io.gongkai.render.text.DisclosureTextWriter;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.mutation.NewFindings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Generates a synthetic corpus: for each document a budget from its own seed, the consistent report authored from
 * it, with a given probability one planted defect of a type chosen at random, rendered as disclosure text with
 * some extraction artifacts, and its truth beside it. The same count, seed and rate give the same files.
 * Thread-safe; documents are generated in parallel.
 */
public final class CorpusGenerator {

    /** The budget year of the corpus. */
    public static final int YEAR = 2024;

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SyntheticBudgets budgets = new SyntheticBudgets(YEAR);
    private final ReportAuthor author = new ReportAuthor();
    private final Checker checker = Checker.standard();
    private final DefectPlanter planter = new DefectPlanter();

    /** One generated document: its text and its truth. */
    public record Document(String name, String text, DocumentTruth truth) {
    }

    /** Writes {@code count} documents and their truths into {@code out} (created if needed). */
    public void write(int count, long seed, double defectRate, Path out) throws IOException {
        Files.createDirectories(out);
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                Document doc = document(i, seed, defectRate);
                try {
                    Files.writeString(out.resolve(doc.name()), doc.text(), StandardCharsets.UTF_8);
                    JSON.writeValue(out.resolve(truthName(doc.name())).toFile(), doc.truth());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The truth file's name for a document. */
    public static String truthName(String document) {
        return document.substring(0, document.lastIndexOf('.')) + CorpusFiles.TRUTH_SUFFIX;
    }

    /** The seed of document {@code index} in a corpus of the given seed. */
    public static long documentSeed(long corpusSeed, int index) {
        return new SplittableRandom(corpusSeed).split().nextLong() ^ new SplittableRandom(index).nextLong();
    }

    /** Document {@code index} of the corpus. */
    public Document document(int index, long corpusSeed, double defectRate) {
        long seed = documentSeed(corpusSeed, index);
        Random random = new Random(seed);
        Report clean = clean(seed);
        Report published = clean;
        PlantedDefect defect = null;
        if (random.nextDouble() < defectRate) {
            Optional<DefectPlanter.Planted> planted = plant(clean, random);
            if (planted.isPresent()) {
                published = planted.get().report();
                defect = planted.get().defect().withExpectedRules(expectedRules(clean, published));
            }
        }
        Set<ExtractionArtifacts.Kind> artifacts = ExtractionArtifacts.choose(random);
        String text = ExtractionArtifacts.apply(render(published), published, artifacts);
        String name = String.format("doc-%05d.txt", index);
        return new Document(name, text, new DocumentTruth(name, seed, defect,
                artifacts.stream().map(Enum::name).toList()));
    }

    /** The consistent report authored from the budget of the seed. */
    public Report clean(long seed) {
        BudgetData data = budgets.generate(YEAR, seed);
        return author.deriveValid(data);
    }

    /** A defect of a type drawn at random; when the report has no place for it, the next type is tried. */
    private Optional<DefectPlanter.Planted> plant(Report clean, Random random) {
        DefectType[] types = DefectType.values();
        int first = random.nextInt(types.length);
        for (int k = 0; k < types.length; k++) {
            Optional<DefectPlanter.Planted> planted = planter.plant(clean, types[(first + k) % types.length],
                    random);
            if (planted.isPresent()) {
                return planted;
            }
        }
        return Optional.empty();
    }

    private List<String> expectedRules(Report clean, Report published) {
        List<Finding> added = NewFindings.against(checker.check(clean).findings())
                .in(checker.check(published).findings());
        return added.stream().map(Finding::rule).distinct().sorted().toList();
    }

    /** The report as disclosure text. */
    public static String render(Report report) {
        StringBuilder text = new StringBuilder();
        try {
            new DisclosureTextWriter(text).write(report);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return text.toString();
    }
}
