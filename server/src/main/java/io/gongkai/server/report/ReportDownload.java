package io.gongkai.server.report;

import io.gongkai.model.Report;
import io.gongkai.render.RenderFormat;
import io.gongkai.server.web.BadRequestException;
import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.ReportStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The standard report itself as a file (PDF, XLSX, DOCX or a self-contained HTML page), rendered by render's
 * writers from the report model that {@link ReportStore#report(long)} reads again from the stored upload.
 */
@Component
public class ReportDownload {

    private static final Map<RenderFormat, String> MEDIA_TYPES = Map.of(
            RenderFormat.PDF, MediaType.APPLICATION_PDF_VALUE,
            RenderFormat.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            RenderFormat.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            RenderFormat.HTML, "text/html; charset=UTF-8");

    private final ReportStore store;

    ReportDownload(ReportStore store) {
        this.store = store;
    }

    /** The report in the named format (pdf, xlsx, docx, html; any case) as a file attachment. */
    public ResponseEntity<byte[]> download(long id, String formatName) throws IOException {
        RenderFormat format = formatName == null ? null : RenderFormat.named(formatName);
        if (format == null) {
            throw new BadRequestException("不支持的格式 / unsupported format: " + formatName + " (pdf, xlsx, docx, html)");
        }
        Report report = store.report(id).orElseThrow(NotFoundException::report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(report, out);
        String name = "report-" + id + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MEDIA_TYPES.get(format)))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
