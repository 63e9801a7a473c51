package io.gongkai.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.pdf.ReportDifferences;
import io.gongkai.ingest.pdf.ThirdPartyPdfs;
import io.gongkai.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export-style workbook and Word document of seed 001, converted to PDF by LibreOffice, read back through the
 * PDF reader (cells from the drawn borders, wrapped cells joined) to the seed's tables.
 */
class LibreOfficeOfficePdfTest {

    @TempDir
    static Path dir;
    static Report fromText;
    static List<Path> pdfs;

    @BeforeAll
    static void convert() throws Exception {
        ThirdPartyPdfs.assumeLibreOffice();
        Path seed = OfficeExports.seed(OfficeReadersTest.SEED);
        fromText = Reports.read(seed);
        Path xlsx = dir.resolve("export.xlsx");
        Files.write(xlsx, OfficeExports.workbook(seed));
        Path docx = dir.resolve("report.docx");
        Files.write(docx, OfficeExports.document(seed));
        pdfs = ThirdPartyPdfs.convert(List.of(xlsx, docx), dir);
    }

    @Test
    void workbookPrintedByLibreOfficeReadsBackToTheSeedsTables() throws Exception {
        Report fromPdf = Reports.read(pdfs.get(0));
        assertEquals(List.of(), ReportDifferences.tables(fromText, fromPdf));
        List<String> summary = new ArrayList<>(ReportDifferences.summary(fromText, fromPdf));
        summary.removeIf(d -> d.startsWith("summary.procurementTotal"));
        assertEquals(List.of(), summary);
    }

    @Test
    void wordDocumentPrintedByLibreOfficeReadsBackToTheSeedsTablesAndSummary() throws Exception {
        Report fromPdf = Reports.read(pdfs.get(1));
        List<String> differences = new ArrayList<>(ReportDifferences.tables(fromText, fromPdf));
        differences.addAll(ReportDifferences.summary(fromText, fromPdf));
        assertEquals(List.of(), differences);
    }
}
