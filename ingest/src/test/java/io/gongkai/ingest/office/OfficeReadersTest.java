package io.gongkai.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.pdf.ReportDifferences;
import io.gongkai.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks and Word documents written with POI in the layout of finance-system exports read back to the same
 * tables as the text reader gives for the seed they were written from (seed 001, whose cells survive as tabs).
 */
class OfficeReadersTest {

    static final String SEED = "001_2dc8c89a6b4bfa48";

    @TempDir
    Path dir;

    @Test
    void workbookWithOneSheetPerTableReadsBackToTheSeedsTables() throws Exception {
        Path xlsx = dir.resolve("export.xlsx");
        Files.write(xlsx, OfficeExports.workbook(OfficeExports.seed(SEED)));
        Report fromText = Reports.read(OfficeExports.seed(SEED));
        Report fromWorkbook = Reports.read(xlsx);
        assertEquals(List.of(), ReportDifferences.tables(fromText, fromWorkbook));
        // a workbook of tables has no narrative: every summary figure but the narrative's procurement total agrees
        List<String> summary = new ArrayList<>(ReportDifferences.summary(fromText, fromWorkbook));
        summary.removeIf(d -> d.startsWith("summary.procurementTotal"));
        assertEquals(List.of(), summary);
        assertTrue(fromWorkbook.tables().size() >= 10);
        assertTrue(fromWorkbook.tables().get(0).rows().get(0).source().page() >= 1, "the sheet is the page");
    }

    @Test
    void wordDocumentWithRealTablesReadsBackToTheSeedsTablesAndSummary() throws Exception {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, OfficeExports.document(OfficeExports.seed(SEED)));
        Report fromText = Reports.read(OfficeExports.seed(SEED));
        Report fromWord = Reports.read(docx);
        List<String> differences = new ArrayList<>(ReportDifferences.tables(fromText, fromWord));
        differences.addAll(ReportDifferences.summary(fromText, fromWord));
        assertEquals(List.of(), differences);
        assertEquals(fromText.unit().name(), fromWord.unit().name());
        assertEquals(fromText.narrative().sections().size(), fromWord.narrative().sections().size());
    }
}
