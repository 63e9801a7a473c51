package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.TextReportReader;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A seed page (table 2 of seed 000, by function class with codes) printed with PDFBox, rasterised into an image-only PDF (a scan, no text layer)
 * and read through Tesseract OCR. Reports how many of the page's figures came back right; the floor asserted is
 * below what was measured on Tesseract 5.3 chi_sim (see docs/benchmarks.md), so that a broken OCR path fails.
 */
class OcrScanTest {

    private static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d{2}");

    @Test
    void scannedSeedPageIsReadThroughOcrWithItsFiguresMarkedAsOcr() throws Exception {
        TesseractOcr ocr = new TesseractOcr();
        assumeTrue(ocr.available(), "Tesseract with chi_sim is not installed: apt-get install tesseract-ocr "
                + "tesseract-ocr-chi-sim");
        Path seed = Path.of("src/test/resources/seeds/000_c275e096c8611f2e.txt");
        List<String> page = new ArrayList<>();
        boolean inTable = false;
        for (SourceLine line : TextLoader.load("000", Files.readAllBytes(seed))) {
            inTable |= line.compact().startsWith("表二");
            if (inTable && line.compact().startsWith("表三")) {
                break;
            }
            if (inTable && page.size() < 40) {
                page.add(line.text());
            }
        }
        byte[] scan = TestPdfs.scanned(TestPdfs.textPdf(page), 300);
        PdfReportReader reader = new PdfReportReader(new TextReportReader(), ocr, Duration.ofMinutes(5));

        PdfReportReader.PdfLines read = reader.lines("scan.pdf", scan);
        assertEquals(1, read.ocrPages());
        assertTrue(read.lines().stream().allMatch(SourceLine::ocr), "every line is marked as OCR");

        Map<String, Integer> printed = figures(page);
        Map<String, Integer> recognised = figures(read.lines().stream().map(SourceLine::text).toList());
        int total = printed.values().stream().mapToInt(Integer::intValue).sum();
        int right = 0;
        for (var e : printed.entrySet()) {
            right += Math.min(e.getValue(), recognised.getOrDefault(e.getKey(), 0));
        }
        System.out.printf("OCR of a scanned seed page (table 2 of 000): %d of %d figures read right%n", right, total);
        assertTrue(total >= 20, "the page has its figures: " + total);
        assertTrue(right * 10 >= total * 8, right + " of " + total + " figures read right, below the 80% floor");

        Report report = new TextReportReader().read("scan.pdf", read.lines(), read.issues());
        DisclosureTable table2 = report.tables().get(0);
        assertEquals(2, table2.number());
        System.out.printf("OCR table 2: %d rows read%n", table2.rows().size());
        TableRow first = table2.rows().get(0);
        assertTrue(first.source().ocr(), "provenance marks OCR: " + first.source());
        assertTrue(first.source().location().contains("OCR"), first.source().location());
    }

    private static Map<String, Integer> figures(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Matcher m = FIGURE.matcher(line);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
