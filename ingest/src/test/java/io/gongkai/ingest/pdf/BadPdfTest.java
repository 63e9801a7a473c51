package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.TextReportReader;
import io.gongkai.ingest.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted, damaged and text-less PDFs are refused with one bilingual line, never a stack trace. */
class BadPdfTest {

    @TempDir
    Path dir;

    private static final List<String> LINES = List.of("表一2024年预算收支总表", "部门名称：某单位 单位：万元",
            "项目 2024年 项目 2024年合计", "一、一般公共预算 10.00一、一般公共服务支出 10.00 10.00");

    private String refusal(byte[] pdf, PdfReportReader reader) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.read("x.pdf", pdf));
        return e.getMessage();
    }

    @Test
    void encryptedPdfWithoutPasswordIsRefusedSayingSo() throws Exception {
        byte[] plain = TestPdfs.textPdf(LINES);
        byte[] encrypted;
        try (PDDocument document = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            encrypted = TestPdfs.save(document);
        }
        Path file = dir.resolve("locked.pdf");
        Files.write(file, encrypted);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> Reports.read(file));
        assertTrue(e.getMessage().contains("已加密") && e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void corruptPdfIsRefusedAsDamaged() throws Exception {
        byte[] junk = ("%PDF-1.7\n" + "garbage ".repeat(200)).getBytes(StandardCharsets.US_ASCII);
        String message = refusal(junk, new PdfReportReader());
        assertTrue(message.contains("损坏") && message.contains("damaged"), message);
    }

    @Test
    void truncatedPdfIsRefusedOrReadButNeverCrashes() throws Exception {
        byte[] whole = TestPdfs.textPdf(LINES);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        try {
            new PdfReportReader().read("half.pdf", half);
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage().contains(" / "), "bilingual: " + e.getMessage());
        }
    }

    @Test
    void scanWithoutTesseractSaysWhatToInstall() throws Exception {
        byte[] scan = TestPdfs.scanned(TestPdfs.textPdf(LINES), 72);
        PdfReportReader reader = new PdfReportReader(new TextReportReader(),
                new TesseractOcr(dir.resolve("no-such-tesseract").toString()), Duration.ofMinutes(1));
        String message = refusal(scan, reader);
        assertTrue(message.contains("没有文本层") && message.contains("no text layer"), message);
        assertTrue(message.contains("tesseract-ocr-chi-sim"), message);
    }

    @Test
    void readerGivesUpAtItsTimeLimitWithAMessage() throws Exception {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add("一、一般公共预算 " + i + ".00 一、一般公共服务支出 16.93 16.93");
        }
        byte[] pdf = TestPdfs.textPdf(many);
        PdfReportReader hurried = new PdfReportReader(new TextReportReader(), new TesseractOcr(), Duration.ofMillis(1));
        String message = refusal(pdf, hurried);
        assertTrue(message.contains("超时") && message.contains("took longer"), message);
    }

    @Test
    void pdfWithoutAnyBudgetTableIsRefusedAsNotADisclosure() throws Exception {
        byte[] pdf = TestPdfs.textPdf(List.of("会议纪要", "今天天气很好。"));
        String message = refusal(pdf, new PdfReportReader());
        assertTrue(message.contains("未找到任何预算或决算公开表格"), message);
    }
}
