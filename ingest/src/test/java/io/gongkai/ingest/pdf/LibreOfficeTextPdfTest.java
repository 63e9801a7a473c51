package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.Reports;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.TableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeds printed to PDF by third-party software (LibreOffice, from the seed text in a fixed-pitch CJK font) read
 * back through the PDF reader to the same tables and summary as the text reader gives for the seed itself.
 */
class LibreOfficeTextPdfTest {

    static final List<String> SEEDS = List.of("000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48", "004_741ea1e83a699561");

    @TempDir
    static Path dir;
    static List<Path> pdfs;

    @BeforeAll
    static void print() throws Exception {
        ThirdPartyPdfs.assumeLibreOffice();
        List<Path> documents = new ArrayList<>();
        for (String seed : SEEDS) {
            documents.add(ThirdPartyPdfs.textDocument(seed(seed), dir));
        }
        pdfs = ThirdPartyPdfs.convert(documents, dir);
    }

    static Path seed(String name) {
        return Path.of("src/test/resources/seeds", name + ".txt");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void printedSeedReadsBackToTheTextReadersTablesAndSummary(int index) throws Exception {
        Report fromText = Reports.read(seed(SEEDS.get(index)));
        Report fromPdf = Reports.read(pdfs.get(index));
        List<String> differences = new ArrayList<>(ReportDifferences.tables(fromText, fromPdf));
        differences.addAll(ReportDifferences.summary(fromText, fromPdf));
        assertEquals(List.of(), differences, SEEDS.get(index));
        assertTrue(fromText.tables().size() >= 10, "the seed has its tables");
    }

    @Test
    void rowsCarryTheirPageAndBoxOnThePrintedPage() throws Exception {
        Report fromPdf = Reports.read(pdfs.get(0));
        DisclosureTable first = fromPdf.tables().get(0);
        TableRow row = first.rows().get(0);
        assertTrue(row.source().page() >= 1, row.source().toString());
        assertTrue(row.source().box() != null && row.source().box().width() > 0, row.source().toString());
        assertTrue(row.source().box().left() >= 0 && row.source().box().left() < 842, row.source().toString());
        assertTrue(!row.source().ocr(), "a text layer is not OCR");
        assertTrue(Files.size(pdfs.get(0)) > 0);
    }
}
