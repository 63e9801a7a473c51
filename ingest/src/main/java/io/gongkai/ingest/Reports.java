package io.gongkai.ingest;

import io.gongkai.ingest.pdf.PdfReportReader;
import io.gongkai.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The front door of ingest: {@code Reports.read(path)} reads any supported disclosure file into a report.
 * The format is sniffed from the content (%PDF; a zip holding xl/ or word/), the name's extension only deciding
 * when the content does not.
 */
public final class Reports {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final TextReportReader TEXT = new TextReportReader();
    private static final ReportReader PDF = new PdfReportReader();

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
        byte[] bytes = load(path, name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF") || lower.endsWith(".pdf") && !startsWith(bytes, "PK")) {
            return PDF.read(name, bytes);
        }
        if (startsWith(bytes, "PK") || lower.endsWith(".xlsx") || lower.endsWith(".docx")) {
            throw new UnreadableInputException("暂不支持 Office 文件（XLSX/DOCX）：" + name,
                    "Office files (XLSX/DOCX) are not supported yet: " + name);
        }
        return TEXT.read(name, bytes);
    }

    private static byte[] load(Path path, String name) throws UnreadableInputException {
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

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
