package io.gongkai.benchmarks.tabula;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Times tabula-java's table extraction on PDFs and writes the cells it found, for the benchmarks module's
 * {@code TableComparison} to score against the hand-typed goldens. One document is one operation: load the PDF
 * from bytes in memory and extract the tables of every page, in one of tabula's three modes:
 * <ul>
 *   <li>{@code lattice}: {@link SpreadsheetExtractionAlgorithm} on every page (cells from ruling lines);</li>
 *   <li>{@code stream}: {@link BasicExtractionAlgorithm} on every whole page (columns from text gaps);</li>
 *   <li>{@code auto}: what tabula's command line does when given neither: lattice where
 *       {@link SpreadsheetExtractionAlgorithm#isTabular} says the page is ruled, stream elsewhere.</li>
 * </ul>
 * Usage: {@code java -jar benchmarks-tabula.jar OUT_DIR WARMUP REPEATS FILE.pdf...}. For each file and mode it
 * prints one tab-separated line (file, mode, pages, tables, rows, mean wall ms, mean process CPU ms) and writes
 * {@code OUT_DIR/NAME.tabula-MODE.tsv}: each table as a header line {@code ## page P table T} followed by its rows,
 * one line per row, cells separated by tabs (line breaks inside a cell become spaces).
 */
public final class TabulaExtraction {

    enum Mode { LATTICE, STREAM, AUTO }

    private TabulaExtraction() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: OUT_DIR WARMUP REPEATS FILE.pdf...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("file\tmode\tpages\ttables\trows\twall_ms\tcpu_ms");
        for (String file : Arrays.copyOfRange(args, 3, args.length)) {
            byte[] pdf = Files.readAllBytes(Path.of(file));
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.pdf$", "");
            for (Mode mode : Mode.values()) {
                List<PageTable> tables = null;
                for (int i = 0; i < warmup; i++) {
                    tables = extract(pdf, mode);
                }
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                for (int i = 0; i < repeats; i++) {
                    tables = extract(pdf, mode);
                }
                double wallMs = (System.nanoTime() - wall) / 1e6 / repeats;
                double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / repeats;
                int rows = tables.stream().mapToInt(t -> t.table().getRows().size()).sum();
                int pages;
                try (PDDocument document = PDDocument.load(pdf)) {
                    pages = document.getNumberOfPages();
                }
                System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%.1f\t%.1f%n", name, mode.name().toLowerCase(
                        Locale.ROOT), pages, tables.size(), rows, wallMs, cpuMs);
                write(tables, out.resolve(name + ".tabula-" + mode.name().toLowerCase(Locale.ROOT) + ".tsv"));
            }
        }
    }

    /** A table tabula found, with its 1-based page number. */
    record PageTable(int page, Table table) {
    }

    static List<PageTable> extract(byte[] pdf, Mode mode) throws IOException {
        List<PageTable> found = new ArrayList<>();
        try (PDDocument document = PDDocument.load(pdf); ObjectExtractor extractor = new ObjectExtractor(document)) {
            SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
            BasicExtractionAlgorithm stream = new BasicExtractionAlgorithm();
            PageIterator pages = extractor.extract();
            while (pages.hasNext()) {
                Page page = pages.next();
                boolean ruled = switch (mode) {
                    case LATTICE -> true;
                    case STREAM -> false;
                    case AUTO -> lattice.isTabular(page);
                };
                for (Table table : ruled ? lattice.extract(page) : stream.extract(page)) {
                    found.add(new PageTable(page.getPageNumber(), table));
                }
            }
        }
        return found;
    }

    private static void write(List<PageTable> tables, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            int index = 0;
            for (PageTable t : tables) {
                w.println("## page " + t.page() + " table " + (++index));
                for (List<RectangularTextContainer> row : t.table().getRows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (RectangularTextContainer cell : row) {
                        cells.add(cell.getText().replaceAll("[\\t\\r\\n]+", " ").strip());
                    }
                    w.println(String.join("\t", cells));
                }
            }
        }
    }
}
