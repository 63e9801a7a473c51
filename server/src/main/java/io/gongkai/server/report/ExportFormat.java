package io.gongkai.server.report;

import io.gongkai.server.web.BadRequestException;
import io.gongkai.render.findings.CheckedFile;
import io.gongkai.render.findings.FindingsCsvWriter;
import io.gongkai.render.findings.FindingsJsonWriter;
import io.gongkai.render.findings.FindingsSarifWriter;
import io.gongkai.render.findings.FindingsWriter;
import io.gongkai.render.findings.FindingsXlsxWriter;
import io.gongkai.render.findings.LinkedCheck;
import io.gongkai.server.catalog.RuleCatalog;
import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The downloads of a report's findings: each format with its media type, file suffix and writer. */
public enum ExportFormat {
    JSON("application/json", "json"),
    SARIF("application/sarif+json", "sarif"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** The version the SARIF log names as its tool's. */
    public static final String TOOL_VERSION = "0.1.0";

    private final String mediaType;
    private final String suffix;

    ExportFormat(String mediaType, String suffix) {
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The format named (json, sarif, csv, xlsx; any case). */
    public static Optional<ExportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ExportFormat format : values()) {
            if (format.suffix.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the findings of one report, then the linkage findings of its pair, if it has one: as
     * {@code gongkai check --link} writes them (JSON: an array of the report's object and the pair's; SARIF, CSV,
     * XLSX: one more file named after both documents).
     */
    public void write(CheckedFile file, List<LinkedCheck> links, RuleCatalog catalog, OutputStream out)
            throws IOException {
        List<CheckedFile> files = List.of(file);
        if (this == XLSX) {
            new FindingsXlsxWriter().write(FindingsWriter.withLinks(files, links), out);
            return;
        }
        FindingsWriter writer = switch (this) {
            case JSON -> FindingsJsonWriter.objectForOneFile();
            case SARIF -> new FindingsSarifWriter(catalog.rules(), catalog.pairRules(), TOOL_VERSION);
            case CSV -> new FindingsCsvWriter();
            default -> throw new IllegalStateException(name());
        };
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(files, links, text);
        text.flush();
    }

    /**
     * A report's findings in the named format as a file attachment (the page's downloads and the REST API), with
     * the 预决算衔接 findings when the store holds the report's budget or final accounts.
     */
    public static ResponseEntity<byte[]> download(ReportStore store, RuleCatalog catalog, ReportLinkage linkage,
            long id, String formatName) throws IOException {
        ExportFormat format = named(formatName).orElseThrow(() -> new BadRequestException(
                "不支持的格式 / unsupported format: " + formatName + " (json, sarif, csv, xlsx)"));
        StoredReport report = store.find(id).orElseThrow(NotFoundException::report);
        CheckedFile file = store.checkedFile(id).orElseThrow(NotFoundException::report);
        List<LinkedCheck> links = linkage.of(report).map(ReportLinkage.Linkage::linkedCheck).stream().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(file, links, catalog, out);
        String name = "report-" + id + "-findings." + format.suffix();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
