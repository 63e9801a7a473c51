package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.Reports;
import io.gongkai.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seeds printed to PDF by a second third-party producer, Debian's Chromium ({@code --print-to-pdf} of the text
 * as a {@code <pre>} page in a fixed-pitch CJK font, as a browser prints a plain-text file), read back through the
 * PDF reader to the same tables and summary as the text reader gives for the seed itself. Debian's paps 0.6.8 draws
 * its glyphs as outlines (no text layer), so it cannot serve as the plain-text printer.
 * <p>Seeds 000 and 004 (text a PDF tool extracted, columns set by spaces) are printed. Seed 001, a tab-separated
 * spreadsheet export, is left out: a browser prints each tab as a jump to the next 8-column tab stop, so a blank
 * cell and a long label look alike on paper and amounts land in the wrong columns (table 1's 本年 as 结转, table
 * 2's 一般公共预算 as 政府性基金); that is the printout's ambiguity, not the reader's.
 */
class ChromiumTextPdfTest {

    static final List<String> SEEDS = List.of("000_c275e096c8611f2e", "004_741ea1e83a699561");

    @TempDir
    static Path dir;
    static List<Path> pdfs;

    @BeforeAll
    static void print() throws Exception {
        ThirdPartyPdfs.assumeChromium();
        List<Path> seeds = new ArrayList<>();
        for (String seed : SEEDS) {
            seeds.add(LibreOfficeTextPdfTest.seed(seed));
        }
        pdfs = ThirdPartyPdfs.printWithChromium(seeds, dir);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void printedSeedReadsBackToTheTextReadersTablesAndSummary(int index) throws Exception {
        Report fromText = Reports.read(LibreOfficeTextPdfTest.seed(SEEDS.get(index)));
        Report fromPdf = Reports.read(pdfs.get(index));
        List<String> differences = new ArrayList<>(ReportDifferences.tables(fromText, fromPdf));
        differences.addAll(ReportDifferences.summary(fromText, fromPdf));
        assertEquals(List.of(), differences, SEEDS.get(index));
        assertTrue(fromText.tables().size() >= 10, "the seed has its tables");
        assertTrue(fromPdf.tables().stream().anyMatch(t -> !t.rows().isEmpty()), "the PDF has a text layer");
    }
}
