package io.gongkai.render;

import io.gongkai.render.docx.ReportDocxWriter;
import io.gongkai.render.html.ReportHtmlWriter;
import io.gongkai.render.pdf.ReportPdfWriter;
import io.gongkai.render.xlsx.ReportXlsxWriter;
import java.util.Locale;
import java.util.function.Supplier;

/** The publishable formats a report renders to, each with its file extension and default writer. */
public enum RenderFormat {
    /** A self-contained HTML page with interactive ECharts charts. */
    HTML("html", ReportHtmlWriter::standalone),
    /** PDF through openhtmltopdf with an embedded CJK font. */
    PDF("pdf", ReportPdfWriter::withSystemFont),
    /** An Excel workbook, one sheet per table. */
    XLSX("xlsx", ReportXlsxWriter::new),
    /** A Word document with real tables and chart images. */
    DOCX("docx", ReportDocxWriter::withSystemFont);

    private final String extension;
    private final Supplier<ReportWriter> writer;

    RenderFormat(String extension, Supplier<ReportWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** A writer for this format with the default options (fonts found on the system). */
    public ReportWriter writer() {
        return writer.get();
    }

    /** The format named by an extension or name (html, pdf, xlsx, docx), case-insensitively, or null. */
    public static RenderFormat named(String name) {
        for (RenderFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
