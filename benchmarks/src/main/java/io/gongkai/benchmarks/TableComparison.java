package io.gongkai.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.ingest.Reports;
import io.gongkai.ingest.pdf.PdfReportReader;
import io.gongkai.ingest.pdf.ThirdPartyPdfs;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.Report;
import io.gongkai.render.RenderFormat;
import io.gongkai.render.json.ReportJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Gongkai's PDF reader against tabula-java (and, for time, PDFBox's {@link PDFTextStripper} sorted by position) on
 * the same PDFs: time per document (wall and whole-process CPU) and which table cells each got
 * right, scored against the hand-typed goldens ({@code ingest/src/test/resources/golden/SEED.json}), never against
 * either reader's own output. Three steps, run by {@code benchmarks/scripts/tabula-compare.sh}:
 * <ol>
 *   <li>{@code prepare DIR}: writes the PDFs: seeds 000, 001 and 004 printed by LibreOffice exactly as the
 *       third-party tests print them ({@code lo-SEED.pdf}), and the same seeds read by the text reader and rendered
 *       by Gongkai's PDF writer ({@code gk-SEED.pdf});</li>
 *   <li>the {@code benchmarks-tabula} module times tabula on them and writes its cells (a separate JVM: tabula
 *       needs PDFBox 2);</li>
 *   <li>{@code score DIR WARMUP REPEATS}: times Gongkai on the same files and scores both.</li>
 * </ol>
 * Two scores. <b>Row score</b> (the same test for every extractor): a golden cell (a table row's amount) is right
 * when one extracted row (a tabula table row; a Gongkai line, its cells tab-separated) contains the row's name and,
 * among its numbers, that amount, extracted rows being matched to golden rows in document order (a cursor that only
 * moves forward, so 合计 of table 5 is not credited from table 2). Text is compared after the character
 * normalisation of {@link CharacterNormalizer} and NFKC and with white space removed, which is generous to tabula.
 * <b>Table score</b> (Gongkai only, since tabula knows no columns' meaning): the golden cell is right when the
 * report's table of that number has a row with the same side, code and name whose amount under the same column
 * key is the same number.
 * Each golden cell an extractor missed is listed in {@code DIR/NAME.EXTRACTOR.missed.txt} with the extracted row it
 * was looked for on.
 */
public final class TableComparison {

    static final List<String> SEEDS = List.of("000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48", "004_741ea1e83a699561");
    static final List<String> TABULA_MODES = List.of("lattice", "stream", "auto");
    /** How far ahead of the cursor a golden row's name is looked for, in extracted rows. */
    static final int WINDOW = 150;

    private TableComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("prepare")) {
            prepare(Path.of(args[1]));
        } else if (args.length >= 4 && args[0].equals("score")) {
            score(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            System.err.println("usage: prepare DIR | score DIR WARMUP REPEATS");
            System.exit(2);
        }
    }

    static void prepare(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Path> documents = new ArrayList<>();
        for (String seed : SEEDS) {
            byte[] text = resource("/seeds/" + seed + ".txt");
            Path fodt = dir.resolve("lo-" + seed + ".fodt");
            Files.writeString(fodt, ThirdPartyPdfs.flatOdt(new String(text, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
            documents.add(fodt);
            Report report = Reports.text().read(seed + ".txt", text);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            RenderFormat.PDF.writer().write(report, pdf);
            Files.write(dir.resolve("gk-" + seed + ".pdf"), pdf.toByteArray());
        }
        ThirdPartyPdfs.convert(documents, dir);
        for (Path d : documents) {
            Files.delete(d);
        }
        System.out.println("wrote " + SEEDS.size() * 2 + " PDFs into " + dir);
    }

    static void score(Path dir, int warmup, int repeats) throws Exception {
        Map<String, Map<String, String[]>> tabulaTimes = tabulaTimes(dir.resolve("tabula-times.tsv"));
        PdfReportReader reader = new PdfReportReader();
        List<String> out = new ArrayList<>();
        out.add("| PDF | pages | golden cells | PDFTextStripper (sorted) ms (wall / CPU) "
                + "| Gongkai lines ms (wall / CPU) | Gongkai report ms (wall / CPU) "
                + "| Gongkai row score | Gongkai table score | " + String.join(" | ", TABULA_MODES.stream()
                .map(m -> "tabula " + m + " ms (wall / CPU), row score").toList()) + " |");
        out.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String prefix : List.of("lo-", "gk-")) {
            for (String seed : SEEDS) {
                String name = prefix + seed;
                byte[] pdf = Files.readAllBytes(dir.resolve(name + ".pdf"));
                JsonNode golden = new ObjectMapper().readTree(resource("/golden/" + seed + ".json"));
                List<GoldenRow> goldenRows = goldenRows(golden);
                int cells = goldenRows.stream().mapToInt(r -> r.amounts().size()).sum();

                PdfReportReader.PdfLines lines = reader.lines(name + ".pdf", pdf);
                Timing linesTime = time(warmup, repeats, () -> reader.lines(name + ".pdf", pdf));
                Timing stripperTime = time(warmup, repeats, () -> {
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setSortByPosition(true);
                        return stripper.getText(document);
                    }
                });
                Report report = Reports.pdf().read(name + ".pdf", pdf);
                Timing reportTime = time(warmup, repeats, () -> Reports.pdf().read(name + ".pdf", pdf));

                List<List<String>> gongkaiRows = new ArrayList<>();
                for (SourceLine line : lines.lines()) {
                    gongkaiRows.add(List.of(line.text().split("\t", -1)));
                }
                Files.write(dir.resolve(name + ".gongkai-lines.tsv"), lines.lines().stream().map(SourceLine::text)
                        .toList(), StandardCharsets.UTF_8);
                List<String> rowMisses = new ArrayList<>();
                List<String> tableMisses = new ArrayList<>();
                StringBuilder row = new StringBuilder("| ").append(name).append(" | ").append(lines.pages())
                        .append(" | ").append(cells).append(" | ").append(stripperTime).append(" | ").append(linesTime)
                        .append(" | ").append(reportTime)
                        .append(" | ").append(percent(rowScore(goldenRows, gongkaiRows, rowMisses), cells))
                        .append(" | ").append(percent(tableScore(goldenRows,
                                ReportJsonWriter.withoutProvenance().toTree(report), tableMisses), cells));
                Files.write(dir.resolve(name + ".gongkai-rows.missed.txt"), rowMisses, StandardCharsets.UTF_8);
                Files.write(dir.resolve(name + ".gongkai-table.missed.txt"), tableMisses, StandardCharsets.UTF_8);
                for (String mode : TABULA_MODES) {
                    Path grid = dir.resolve(name + ".tabula-" + mode + ".tsv");
                    String[] t = tabulaTimes.getOrDefault(name, Map.of()).get(mode);
                    if (!Files.exists(grid) || t == null) {
                        row.append(" | not run");
                        continue;
                    }
                    List<String> misses = new ArrayList<>();
                    row.append(" | ").append(t[5]).append(" / ").append(t[6]).append(", ")
                            .append(percent(rowScore(goldenRows, tabulaRows(grid), misses), cells));
                    Files.write(dir.resolve(name + ".tabula-" + mode + ".missed.txt"), misses, StandardCharsets.UTF_8);
                }
                out.add(row.append(" |").toString());
                System.err.println(out.get(out.size() - 1));
            }
        }
        out.forEach(System.out::println);
    }

    /** One golden table row: its table, side, code, name and amounts by column key. */
    record GoldenRow(int table, String side, String code, String name, Map<String, BigDecimal> amounts) {
    }

    static List<GoldenRow> goldenRows(JsonNode report) {
        List<GoldenRow> rows = new ArrayList<>();
        for (JsonNode table : report.path("tables")) {
            for (JsonNode row : table.path("rows")) {
                Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                row.path("amounts").fields().forEachRemaining(e -> amounts.put(e.getKey(),
                        new BigDecimal(e.getValue().asText())));
                rows.add(new GoldenRow(table.path("number").asInt(), row.path("side").asText(""),
                        row.path("code").asText(""), row.path("name").asText(""), amounts));
            }
        }
        return rows;
    }

    /** The row score described in the class comment: golden cells found on the extracted row of their name. */
    static int rowScore(List<GoldenRow> golden, List<List<String>> extracted, List<String> missed) {
        List<String> texts = new ArrayList<>(extracted.size());
        List<List<BigDecimal>> numbers = new ArrayList<>(extracted.size());
        for (List<String> row : extracted) {
            StringBuilder text = new StringBuilder();
            List<BigDecimal> values = new ArrayList<>();
            for (String cell : row) {
                String normal = normalized(cell);
                text.append(normal.replaceAll("\\s+", ""));
                for (String token : normal.trim().split("\\s+")) {
                    BigDecimal value = number(token);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
            texts.add(text.toString());
            numbers.add(values);
        }
        int right = 0;
        int cursor = 0;
        for (GoldenRow row : golden) {
            String label = normalized(row.name().isEmpty() ? row.code() : row.name()).replaceAll("\\s+", "");
            if (row.amounts().isEmpty() || label.isEmpty()) {
                continue;
            }
            boolean matched = false;
            for (int r = cursor; r < Math.min(extracted.size(), cursor + WINDOW); r++) {
                if (!texts.get(r).contains(label)) {
                    continue;
                }
                List<BigDecimal> remaining = numbers.get(r);
                int found = 0;
                List<BigDecimal> used = new ArrayList<>();
                List<String> notHere = new ArrayList<>();
                for (Map.Entry<String, BigDecimal> amount : row.amounts().entrySet()) {
                    boolean hit = false;
                    for (BigDecimal candidate : remaining) {
                        if (candidate.compareTo(amount.getValue()) == 0 && used.stream().noneMatch(u -> u == candidate)) {
                            used.add(candidate);
                            found++;
                            hit = true;
                            break;
                        }
                    }
                    if (!hit) {
                        notHere.add(describe(row, amount) + "; on the row: " + extracted.get(r));
                    }
                }
                if (found > 0) {
                    matched = true;
                    missed.addAll(notHere);
                    // a line may hold two golden rows (the two sides of tables 1 and 4): its used numbers go
                    remaining.removeIf(v -> used.stream().anyMatch(u -> u == v));
                    right += found;
                    cursor = r;
                    break;
                }
            }
            if (!matched) {
                row.amounts().entrySet().forEach(a -> missed.add(describe(row, a) + "; no row with the name and it"));
            }
        }
        return right;
    }

    private static String describe(GoldenRow row, Map.Entry<String, BigDecimal> amount) {
        return "table " + row.table() + " " + (row.side().isEmpty() ? "" : row.side() + " ") + (row.code().isEmpty()
                ? "" : row.code() + " ") + row.name() + " " + amount.getKey() + " = " + amount.getValue();
    }

    /** The table score described in the class comment (Gongkai's report as its canonical JSON). */
    static int tableScore(List<GoldenRow> golden, JsonNode report, List<String> missed) {
        Map<Integer, List<JsonNode>> rowsByTable = new HashMap<>();
        for (JsonNode table : report.path("tables")) {
            List<JsonNode> rows = rowsByTable.computeIfAbsent(table.path("number").asInt(), n -> new ArrayList<>());
            table.path("rows").forEach(rows::add);
        }
        Set<JsonNode> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int right = 0;
        for (GoldenRow row : golden) {
            boolean matched = false;
            for (JsonNode candidate : rowsByTable.getOrDefault(row.table(), List.of())) {
                if (used.contains(candidate) || !candidate.path("side").asText("").equals(row.side())
                        || !candidate.path("code").asText("").equals(row.code())
                        || !same(candidate.path("name").asText(""), row.name())) {
                    continue;
                }
                used.add(candidate);
                matched = true;
                for (Map.Entry<String, BigDecimal> amount : row.amounts().entrySet()) {
                    BigDecimal read = number(candidate.path("amounts").path(amount.getKey()).asText(""));
                    if (read != null && read.compareTo(amount.getValue()) == 0) {
                        right++;
                    } else {
                        missed.add(describe(row, amount) + "; read " + read);
                    }
                }
                break;
            }
            if (!matched) {
                row.amounts().entrySet().forEach(a -> missed.add(describe(row, a) + "; no such row in the report"));
            }
        }
        return right;
    }

    /**
     * Text as compared by the row score: {@link CharacterNormalizer} and Unicode NFKC, since PDFBox 2 (under tabula)
     * gives full-width punctuation and circled digits in their compatibility forms ((一), ;, 2) where PDFBox 3 keeps
     * them as printed.
     */
    private static String normalized(String text) {
        return java.text.Normalizer.normalize(CharacterNormalizer.normalize(text), java.text.Normalizer.Form.NFKC);
    }

    private static boolean same(String a, String b) {
        return CharacterNormalizer.normalize(a).replaceAll("\\s+", "")
                .equals(CharacterNormalizer.normalize(b).replaceAll("\\s+", ""));
    }

    private static BigDecimal number(String token) {
        String t = token.replace(",", "");
        if (t.isEmpty() || !t.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    static List<List<String>> tabulaRows(Path grid) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(grid, StandardCharsets.UTF_8)) {
            if (!line.startsWith("## page ")) {
                rows.add(List.of(line.split("\t", -1)));
            }
        }
        return rows;
    }

    /** tabula's timings by file and mode: the columns its main class prints. */
    static Map<String, Map<String, String[]>> tabulaTimes(Path file) throws IOException {
        Map<String, Map<String, String[]>> times = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 7 && !f[0].equals("file")) {
                    times.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f);
                }
            }
        }
        return times;
    }

    /** Mean wall and process CPU time per operation. */
    record Timing(double wallMs, double cpuMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f / %.1f", wallMs, cpuMs);
        }
    }

    static Timing time(int warmup, int repeats, Callable<?> operation) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup; i++) {
            operation.call();
        }
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        for (int i = 0; i < repeats; i++) {
            operation.call();
        }
        return new Timing((System.nanoTime() - wall) / 1e6 / repeats, (os.getProcessCpuTime() - cpu) / 1e6 / repeats);
    }

    private static String percent(int right, int of) {
        return String.format(Locale.ROOT, "%d/%d (%.1f%%)", right, of, of == 0 ? 0 : 100.0 * right / of);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TableComparison.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
