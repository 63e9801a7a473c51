package io.gongkai.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gongkai.author.BudgetData;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.synthetic.SyntheticBudgets;
import io.gongkai.batch.CorpusFiles;
import io.gongkai.model.Report;
import io.gongkai.render.RenderFormat;
import io.gongkai.render.ReportWriter;
import io.gongkai.render.text.DisclosureTextWriter;
import io.gongkai.rules.Checker;
import io.gongkai.rules.Finding;
import io.gongkai.rules.mutation.NewFindings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The format of the disclosure text with imitated extraction artifacts. */
    public static final String TEXT_FORMAT = "txt";

    /**
     * One generated document: its text and its truth.
     *
     * @param name the text document's file name
     * @param text the disclosure text with extraction artifacts
     * @param truth what is planted in it
     * @param published the report as published (with the planted defect), which the other formats render
     */
    public record Document(String name, String text, DocumentTruth truth, Report published) {
    }

    /** Writes {@code count} text documents and their truths into {@code out} (created if needed). */
    public void write(int count, long seed, double defectRate, Path out) throws IOException {
        write(count, seed, defectRate, out, List.of(TEXT_FORMAT));
    }

    /**
     * Writes {@code count} documents in each of the formats, each with its truth beside it. {@code txt} is the
     * disclosure text with imitated extraction artifacts; {@code pdf}, {@code xlsx}, {@code docx} (and
     * {@code html}) are the same published report rendered by the render module's writer, with no imitated
     * artifact (the truth's artifact list is empty). With one format the documents lie in {@code out}; with
     * several, each format has its own subdirectory ({@code out/pdf/doc-00000.pdf}), because a document's truth
     * file is named after the document without its extension.
     *
     * @throws IllegalArgumentException for a format that is neither txt nor a render format
     */
    public void write(int count, long seed, double defectRate, Path out, List<String> formats) throws IOException {
        Map<String, ReportWriter> writers = writers(formats);
        Map<String, Path> directories = new LinkedHashMap<>();
        for (String format : writers.keySet()) {
            Path directory = writers.size() == 1 ? out : out.resolve(format);
            Files.createDirectories(directory);
            directories.put(format, directory);
        }
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                Document doc = document(i, seed, defectRate);
                try {
                    for (Map.Entry<String, ReportWriter> format : writers.entrySet()) {
                        writeDocument(doc, format.getKey(), format.getValue(), directories.get(format.getKey()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The writer of each format (null for text), in the order given, duplicates dropped. */
    private static Map<String, ReportWriter> writers(List<String> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("至少需要一种格式 / at least one format is needed");
        }
        Map<String, ReportWriter> writers = new LinkedHashMap<>();
        for (String name : formats) {
            String format = name.strip().toLowerCase(Locale.ROOT);
            if (format.equals(TEXT_FORMAT)) {
                writers.put(format, null);
                continue;
            }
            RenderFormat rendered = RenderFormat.named(format);
            if (rendered == null) {
                throw new IllegalArgumentException("未知的文件格式：" + name + "（可用 txt、pdf、xlsx、docx、html） / unknown "
                        + "format: " + name + " (txt, pdf, xlsx, docx or html)");
            }
            writers.put(format, rendered.writer());
        }
        return writers;
    }

    private static void writeDocument(Document doc, String format, ReportWriter writer, Path directory)
            throws IOException {
        if (writer == null) {
            Files.writeString(directory.resolve(doc.name()), doc.text(), StandardCharsets.UTF_8);
            JSON.writeValue(directory.resolve(truthName(doc.name())).toFile(), doc.truth());
            return;
        }
        String name = doc.name().substring(0, doc.name().lastIndexOf('.') + 1) + format;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        writer.write(doc.published(), bytes);
        Files.write(directory.resolve(name), bytes.toByteArray());
        DocumentTruth truth = doc.truth();
        JSON.writeValue(directory.resolve(truthName(name)).toFile(),
                new DocumentTruth(name, truth.seed(), truth.defect(), List.of()));
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
                artifacts.stream().map(Enum::name).toList()), published);
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
