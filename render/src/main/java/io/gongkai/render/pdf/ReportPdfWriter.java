package io.gongkai.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import io.gongkai.model.Report;
import io.gongkai.render.ReportWriter;
import io.gongkai.render.chart.ChartImages;
import io.gongkai.render.font.CjkFont;
import io.gongkai.render.font.CjkFontLocator;
import io.gongkai.render.html.ReportHtmlWriter;
import io.gongkai.render.layout.ReportTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a report as PDF: the same page as the HTML writer, rendered by openhtmltopdf, with the charts drawn by
 * JFreeChart as vector graphics where the page has chart objects.
 * The CJK font is found when writing (not when the writer is made), so a missing font fails with the locator's
 * bilingual message. Bold text uses the same face (no synthetic bold, no doubled glyphs). Thread-safe.
 */
public final class ReportPdfWriter implements ReportWriter {

    /** The font family name the style sheet asks for first. */
    static final String FAMILY = "gongkai-cjk";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final CjkFontLocator fonts;

    public ReportPdfWriter(CjkFontLocator fonts) {
        this.fonts = fonts;
    }

    /** A writer using the system's CJK font. */
    public static ReportPdfWriter withSystemFont() {
        return new ReportPdfWriter(CjkFontLocator.system());
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        CjkFont font = fonts.locate();
        String html = ReportHtmlWriter.withChartObjects().html(report);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ReportHtmlWriter.CHART_OBJECT_TYPE,
                new ChartObjectDrawer(report, new ChartImages(font)));
        // Written to memory first, so that a failure never leaves half a PDF in the caller's stream.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
        try (PDDocument document = new PDDocument(); CjkFont.OpenFace face = font.open()) {
            PDFont embedded = PDType0Font.load(document, face.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useObjectDrawerFactory(drawers);
            builder.useFont(new PDFontSupplier(embedded), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(embedded), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            info(document, report);
            document.save(pdf);
        }
        pdf.writeTo(out);
        out.flush();
    }

    private static void info(PDDocument document, Report report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(ReportTexts.documentTitle(report));
        info.setAuthor(ReportTexts.unitName(report));
        info.setCreator("Gongkai");
        info.setCreationDate(Calendar.getInstance());
    }
}
