package io.gongkai.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gongkai.ingest.text.SourceLine;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * A ruled table crossing page breaks, drawn with PDFBox as word processors print it: the header row repeated on
 * each page, a row cut at the foot of page 1 (its amounts and the first line of its name above the break, the
 * rest of the name below the repeated header on page 2), and, at the break between pages 2 and 3, a row with blank
 * amounts that must stay a row of its own.
 */
class RowsAcrossPagesTest {

    private static final float[] COLUMNS = {50, 250, 350, 450};
    private static final String[] HEADER = {"项目", "合计", "一般公共预算"};

    @Test
    void rowCutByAPageBreakIsJoinedAndARowOfItsOwnIsNot() throws Exception {
        List<String[][]> page1 = List.of(
                cells(HEADER),
                cells("六、科学技术支出", "5.00", "5.00"),
                new String[][] {{"七、文化旅游体育与传媒支"}, {"12.50"}, {"12.50"}});
        List<String[][]> page2 = List.of(
                cells(HEADER),
                new String[][] {{"出"}, {}, {}},
                cells("八、社会保障和就业支出", "3.00", "3.00"));
        List<String[][]> page3 = List.of(
                cells(HEADER),
                cells("九、卫生健康支出", "", ""),
                cells("合计", "20.50", "20.50"));
        List<String> lines = lines(List.of(page1, page2, page3));
        assertEquals(List.of(
                "项目\t合计\t一般公共预算",
                "六、科学技术支出\t5.00\t5.00",
                "七、文化旅游体育与传媒支出\t12.50\t12.50",
                "项目\t合计\t一般公共预算",
                "八、社会保障和就业支出\t3.00\t3.00",
                "项目\t合计\t一般公共预算",
                "九、卫生健康支出", // trailing empty cells are stripped by line repair
                "合计\t20.50\t20.50"), lines);
    }

    @Test
    void fragmentRulesOnTheirOwn() {
        assertEquals("（一）行政运行经费\t3.00", RowsAcrossPages.joined("（一）行政运行\t3.00", "经费\t"));
        assertEquals("\u3000\u3000商务执法办公经费\t3.00", RowsAcrossPages.joined("\u3000\u3000商务执法办公\t3.00", "经费\t"));
        assertNull(RowsAcrossPages.joined("一、一般公共服务支出\t16.93", "二、外交支出\t"), "a new row by its ordinal");
        assertNull(RowsAcrossPages.joined("201\t一般公共服务支出\t16.93", "2010301\t行政运行\t"), "a new row by its code");
        assertNull(RowsAcrossPages.joined("一般公共服务支出\t", "经费\t"), "the row above has no amount");
        assertNull(RowsAcrossPages.joined("行政运行\t3.00", "\t4.00"), "the fragment has an amount");
        assertNull(RowsAcrossPages.joined("行政运行\t3.00\t", "经费\t\t说明"), "text under an empty cell");
        assertNull(RowsAcrossPages.joined("行政运行 3.00", "经费"), "not ruled table lines");
    }

    private static String[][] cells(String... texts) {
        String[][] out = new String[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].isEmpty() ? new String[0] : new String[] {texts[i]};
        }
        return out;
    }

    /** Each page: the rows from the top, a row as tall as its tallest cell (12 pt a text line), and a page number. */
    private static List<String> lines(List<List<String[][]>> pages) throws Exception {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection fonts = new TrueTypeCollection(TestPdfs.CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(document, fonts.getFontByName("WenQuanYiMicroHei"), true);
            int n = 0;
            for (List<String[][]> rows : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float top = 780;
                    float y = top;
                    for (String[][] row : rows) {
                        int height = 1;
                        for (String[] cell : row) {
                            height = Math.max(height, cell.length);
                        }
                        for (int c = 0; c < row.length; c++) {
                            for (int l = 0; l < row[c].length; l++) {
                                text(out, font, COLUMNS[c] + 4, y - 12 - 12 * l, row[c][l]);
                            }
                        }
                        out.moveTo(COLUMNS[0], y);
                        out.lineTo(COLUMNS[COLUMNS.length - 1], y);
                        y -= 4 + 12 * height;
                    }
                    out.moveTo(COLUMNS[0], y);
                    out.lineTo(COLUMNS[COLUMNS.length - 1], y);
                    for (float x : COLUMNS) {
                        out.moveTo(x, top);
                        out.lineTo(x, y);
                    }
                    out.stroke();
                    text(out, font, 280, 40, "第 " + (++n) + " 页");
                }
            }
            return new PdfReportReader().lines("split.pdf", TestPdfs.save(document)).lines().stream()
                    .map(SourceLine::text).toList();
        }
    }

    private static void text(PDPageContentStream out, PDType0Font font, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, 9);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }
}
