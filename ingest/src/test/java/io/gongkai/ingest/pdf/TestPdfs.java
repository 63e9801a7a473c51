package io.gongkai.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PDFs built with PDFBox in tests: lines of text in the system's CJK font, and scans (pages that are only an image). */
final class TestPdfs {

    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private TestPdfs() {
    }

    /** One A4 landscape page per 40 lines, 9 pt WenQuanYi Micro Hei, each line at the left margin. */
    static byte[] textPdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(document, ttf, true);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            for (int start = 0; start < lines.size(); start += 40) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.beginText();
                    out.setFont(font, 9);
                    out.newLineAtOffset(40, a4.getHeight() - 50);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 40))) {
                        out.showText(line);
                        out.newLineAtOffset(0, -13);
                    }
                    out.endText();
                }
            }
            return save(document);
        }
    }

    /** The same pages rasterised at {@code dpi}, each page only an image: what a scanner produces. */
    static byte[] scanned(byte[] pdf, float dpi) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle size = source.getPage(i).getMediaBox();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage page = new PDPage(size);
                scan.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream out = new PDPageContentStream(scan, page)) {
                    out.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            return save(scan);
        }
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
