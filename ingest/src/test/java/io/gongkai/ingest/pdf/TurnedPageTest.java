package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongkai.ingest.text.SourceLine;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ruled tables on turned pages: a landscape table drawn on an A4 portrait page turned for display by
 * {@code /Rotate 90} or {@code /Rotate 270} (how printers put landscape pages in a portrait document), and the same
 * landscape content drawn turned on a page that is not rotated at all. In each case the rulings must meet the
 * glyphs they enclose, so the table's rows come out as tab-separated cells with the merged header and the wrapped
 * cell handled as on an upright page.
 */
class TurnedPageTest {

    @ParameterizedTest(name = "/Rotate {0}, content turned {1}°")
    @CsvSource({"90, 90", "270, 270", "0, 90"})
    void ruledTableOnATurnedPageBecomesCells(int rotate, int contentTurn) throws Exception {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection fonts = new TrueTypeCollection(TestPdfs.CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(a4);
            page.setRotation(rotate);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                // landscape coordinates (842 × 595, y up) onto the portrait page, turned so that they read upright
                // once the viewer applies /Rotate (or, with no /Rotate, so that the page must be turned to read)
                out.transform(contentTurn == 90 ? new Matrix(0, 1, -1, 0, a4.getWidth(), 0)
                        : new Matrix(0, -1, 1, 0, 0, a4.getHeight()));
                float[] ys = {500, 480, 460, 430};
                for (float y : ys) {
                    out.moveTo(100, y);
                    out.lineTo(700, y);
                }
                for (float x : new float[] {100, 400, 700}) {
                    out.moveTo(x, 500);
                    out.lineTo(x, 430);
                }
                out.moveTo(550, 480); // the header cell 本年收入 spans the last two columns of the first row
                out.lineTo(550, 430);
                out.stroke();
                text(out, font, 105, 486, "项目");
                text(out, font, 405, 486, "本年收入");
                text(out, font, 405, 466, "合计");
                text(out, font, 555, 466, "一般公共预算");
                text(out, font, 105, 448, "七、文化旅游体育与传媒支");
                text(out, font, 105, 436, "出");
                text(out, font, 405, 448, "12.50");
                text(out, font, 555, 448, "12.50");
            }
            List<String> lines = new PdfReportReader().lines("turned.pdf", TestPdfs.save(document)).lines().stream()
                    .map(SourceLine::text).toList();
            assertEquals(List.of("项目\t本年收入", "\t合计\t一般公共预算", "七、文化旅游体育与传媒支出\t12.50\t12.50"),
                    lines);
        }
    }

    private static void text(PDPageContentStream out, PDType0Font font, float x, float y, String s)
            throws java.io.IOException {
        out.beginText();
        out.setFont(font, 9);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }
}
