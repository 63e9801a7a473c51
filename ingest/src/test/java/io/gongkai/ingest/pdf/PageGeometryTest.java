package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.ingest.text.SourceLine;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * What the PDF reader makes of page geometry, on pages drawn with PDFBox: fake bold, watermarks, numbered
 * footers, and a ruled table with a merged header cell and a wrapped cell.
 */
class PageGeometryTest {

    private interface Drawing {
        void draw(PDPageContentStream out, PDType0Font font) throws IOException;
    }

    private static List<String> lines(int pages, Drawing drawing) throws Exception {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection fonts = new TrueTypeCollection(TestPdfs.CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    drawing.draw(out, font);
                    text(out, font, 10, 60, 30, "第 " + (i + 1) + " 页");
                }
            }
            return new PdfReportReader().lines("t.pdf", TestPdfs.save(document)).lines().stream()
                    .map(SourceLine::text).toList();
        }
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    @Test
    void fakeBoldWatermarksAndPageNumbersAreGone() throws Exception {
        List<String> lines = lines(3, (out, font) -> {
            text(out, font, 10, 60, 700, "合计 847.18");
            text(out, font, 10, 60.3f, 700, "合计 847.18");
            out.beginText();
            out.setFont(font, 60);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(45), 150, 300));
            out.showText("内部资料");
            out.endText();
        });
        assertEquals(List.of("合计 847.18", "合计 847.18", "合计 847.18"), lines);
    }

    @Test
    void ruledTableBecomesTabSeparatedCellsWithMergedHeaderAndWrappedCellJoined() throws Exception {
        // columns at x = 50, 200, 300, 400; rows at y = 700, 680, 660, 630 (the last row twice as tall)
        List<String> lines = lines(1, (out, font) -> {
            float[] xs = {50, 200, 300, 400};
            float[] ys = {700, 680, 660, 630};
            for (float y : ys) {
                out.moveTo(50, y);
                out.lineTo(400, y);
            }
            out.moveTo(50, 700);
            out.lineTo(50, 630);
            out.moveTo(400, 700);
            out.lineTo(400, 630);
            out.moveTo(200, 700);
            out.lineTo(200, 630);
            out.moveTo(300, 680); // the header cell 本年收入 spans the last two columns of the first row
            out.lineTo(300, 630);
            out.stroke();
            text(out, font, 9, 55, 686, "项目");
            text(out, font, 9, 205, 686, "本年收入");
            text(out, font, 9, 205, 666, "合计");
            text(out, font, 9, 305, 666, "一般公共预算");
            text(out, font, 9, 55, 648, "七、文化旅游体育与传媒支");
            text(out, font, 9, 55, 636, "出");
            text(out, font, 9, 205, 648, "12.50");
            text(out, font, 9, 305, 648, "12.50");
        });
        assertEquals(List.of("项目\t本年收入", "\t合计\t一般公共预算", "七、文化旅游体育与传媒支出\t12.50\t12.50"),
                lines);
    }

    @Test
    void singleSpacedTextKeepsOneSpacePerGapAndIdeographicIndentation() throws Exception {
        List<String> lines = lines(1, (out, font) -> {
            text(out, font, 10, 60, 700, "一、一般公共服务支出 16.93  16.93");
            text(out, font, 10, 60, 680, "\u3000\u3000商务执法办公经费 3.00 3.00");
        });
        assertEquals(List.of("一、一般公共服务支出 16.93  16.93", "\u3000\u3000商务执法办公经费 3.00 3.00"), lines);
        assertTrue(lines.get(1).startsWith("\u3000\u3000"));
    }
}
