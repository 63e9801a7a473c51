package io.gongkai.ingest.crash;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, corrupted and random-byte PDFs, workbooks and Word documents never crash the readers: each either
 * reads (whatever survived, with issues) or is refused with a one-line bilingual message.
 */
class BinaryCrashCorpusTest {

    @TempDir
    Path dir;

    private int refused;
    private int read;

    private void survive(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        try {
            Report report = Reports.read(file);
            assertTrue(report.tables() != null);
            read++;
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage().contains(" / "), "bilingual: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            refused++;
        }
    }

    private static List<byte[]> mangled(byte[] whole, long seed) {
        Random random = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        for (int cut : new int[] {0, 1, 4, 10, 100, whole.length / 3, whole.length / 2, whole.length - 10}) {
            out.add(Arrays.copyOf(whole, Math.max(0, Math.min(cut, whole.length))));
        }
        for (int i = 0; i < 12; i++) {
            byte[] flipped = whole.clone();
            for (int j = 0; j < 1 + i * 3; j++) {
                flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
            }
            out.add(flipped);
        }
        for (int i = 0; i < 4; i++) {
            byte[] noise = new byte[1 + random.nextInt(5000)];
            random.nextBytes(noise);
            byte[] header = Arrays.copyOf(whole, Math.min(8, whole.length));
            System.arraycopy(header, 0, noise, 0, Math.min(header.length, noise.length));
            out.add(noise);
        }
        return out;
    }

    @Test
    void mangledPdfsNeverCrash() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(50, 700);
                content.showText("2024 budget 847.18 16.93");
                content.endText();
                content.addRect(40, 600, 200, 20);
                content.stroke();
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        int n = 0;
        for (byte[] bytes : mangled(pdf, 6)) {
            survive("mangled-" + n++ + ".pdf", bytes);
        }
        assertTrue(refused > 0, "damaged PDFs are refused");
    }

    @Test
    void mangledWorkbooksAndDocumentsNeverCrash() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("表1").createRow(0);
            row.createCell(0).setCellValue("2024年预算收支总表");
            workbook.getSheetAt(0).createRow(1).createCell(1).setCellValue(847.18);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("2024年预算收支总表");
            document.createTable(2, 3).getRow(0).getCell(0).setText("项目");
            document.write(out);
            docx = out.toByteArray();
        }
        int n = 0;
        for (byte[] bytes : mangled(xlsx, 7)) {
            survive("mangled-" + n++ + ".xlsx", bytes);
        }
        for (byte[] bytes : mangled(docx, 8)) {
            survive("mangled-" + n++ + ".docx", bytes);
        }
        assertTrue(refused > 0, "damaged workbooks are refused");
    }
}
