package io.gongkai.ingest;

import io.gongkai.ingest.office.WordReportReader;
import io.gongkai.ingest.office.WorkbookReportReader;
import io.gongkai.ingest.pdf.PdfReportReader;
import io.gongkai.ingest.pdf.TesseractOcr;
import io.gongkai.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The front door of ingest: {@code Reports.read(path)} reads any supported disclosure file into a report.
 * The format is sniffed from the content (%PDF; a zip holding xl/ or word/), the name's extension only deciding
 * when the content does not.
 */
public final class Reports {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final TextReportReader TEXT = new TextReportReader();
    private static final ReportReader PDF = new PdfReportReader(TEXT, new TesseractOcr(), Duration.ofMinutes(10));
    private static final ReportReader WORKBOOK = new WorkbookReportReader(TEXT);
    private static final ReportReader WORD = new WordReportReader(TEXT);
    private static final String OLE2 = "\u00d0\u00cf\u0011\u00e0";

    private Reports() {
    }

    /** The reader for plain text. */
    public static ReportReader text() {
        return TEXT;
    }

    /** The reader for PDF (text layer, or OCR for scanned pages). */
    public static ReportReader pdf() {
        return PDF;
    }

    /** Reads a file, choosing the reader by its content and name. */
    public static Report read(Path path) throws UnreadableInputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return read(name, readBytes(path, name));
    }

    /**
     * Reads a document already in memory (a batch or Spark job that fetched the bytes itself), choosing the
     * reader by its content and name.
     *
     * @param name the file's name, for provenance and to tell formats apart
     * @param bytes the file's content
     */
    public static Report read(String name, byte[] bytes) throws UnreadableInputException {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableInputException("文件过大（" + bytes.length / (1024 * 1024) + " MB，上限 200 MB）：" + name,
                    "file too large (" + bytes.length / (1024 * 1024) + " MB, limit 200 MB): " + name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (isPdf(bytes) || lower.endsWith(".pdf") && !startsWith(bytes, "PK")) {
            return PDF.read(name, bytes);
        }
        if (startsWith(bytes, "PK") || startsWith(bytes, OLE2)) {
            return office(name, lower, bytes);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".docx") || lower.endsWith(".doc")) {
            throw new UnreadableInputException("文件扩展名是 Office 格式，但内容不是 Office 文件（可能已损坏）：" + name,
                    "the name says Office but the content is not an Office file (damaged?): " + name);
        }
        return TEXT.read(name, bytes);
    }

    /** OOXML is a zip: xl/ holds a workbook, word/ a Word document. Legacy OLE2 files are workbooks (.xls) or .doc. */
    private static Report office(String name, String lower, byte[] bytes) throws UnreadableInputException {
        if (startsWith(bytes, OLE2)) {
            if (lower.endsWith(".doc")) {
                throw new UnreadableInputException("不支持旧版 Word（.doc）文件，请另存为 DOCX 或 PDF：" + name,
                        "legacy Word (.doc) files are not supported; save as DOCX or PDF: " + name);
            }
            return WORKBOOK.read(name, bytes);
        }
        switch (zipKind(bytes)) {
            case "xl/":
                return WORKBOOK.read(name, bytes);
            case "word/":
                return WORD.read(name, bytes);
            case "":
                throw new UnreadableInputException("ZIP 文件已损坏或不是 XLSX/DOCX 文件：" + name,
                        "the zip file is damaged or is not an XLSX/DOCX file: " + name);
            default:
                throw new UnreadableInputException("不支持的压缩文件格式（只读取 XLSX 与 DOCX）：" + name,
                        "unsupported zip-based format (only XLSX and DOCX are read): " + name);
        }
    }

    /** Which OOXML part the zip's entries hold: "xl/", "word/", "other", or "" when it cannot be listed. */
    private static String zipKind(byte[] bytes) {
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                any = true;
                if (e.getName().startsWith("xl/")) {
                    return "xl/";
                }
                if (e.getName().startsWith("word/")) {
                    return "word/";
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return any ? "other" : "";
    }

    /**
     * A file's bytes, refusing a directory, a missing or unreadable file and one over {@link #MAX_BYTES} with a
     * bilingual message that names it.
     *
     * @param name the name the message gives for a file over the limit
     */
    public static byte[] readBytes(Path path, String name) throws UnreadableInputException {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableInputException("这是一个目录，不是文件：" + path, "this is a directory, not a file: "
                        + path);
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableInputException("文件过大（" + size / (1024 * 1024) + " MB，上限 200 MB）：" + name,
                        "file too large (" + size / (1024 * 1024) + " MB, limit 200 MB): " + name);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("文件不存在：" + path, "no such file: " + path, e);
        } catch (IOException e) {
            throw new UnreadableInputException("无法读取文件：" + path, "cannot read the file: " + path, e);
        }
    }

    /** PDF readers accept the header anywhere in the first kilobyte (some producers put junk before it). */
    private static boolean isPdf(byte[] bytes) {
        int end = Math.min(bytes.length, 1024) - 5;
        for (int i = 0; i <= end; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
