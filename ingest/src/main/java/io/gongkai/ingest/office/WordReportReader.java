package io.gongkai.ingest.office;

import io.gongkai.ingest.TextReportReader;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a disclosure written as a Word document (DOCX): paragraphs become lines (the overview, narrative and
 * glossary), and every row of a real table becomes one line whose cells are separated by tabs, a cell spanning
 * several grid columns followed by empty cells for the columns it covers and a vertically merged cell empty below
 * its first row, so that cell positions line up with the header as in a spreadsheet export. Thread-safe.
 */
public final class WordReportReader extends OfficeReportReader {

    public WordReportReader() {
        this(new TextReportReader());
    }

    public WordReportReader(TextReportReader text) {
        super("Word", text);
    }

    @Override
    void addLines(String fileName, byte[] bytes, List<SourceLine> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    for (String line : paragraph.getText().split("\\r?\\n|\\v")) {
                        add(lines, fileName, line);
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        add(lines, fileName, row(row));
                    }
                }
            }
        }
    }

    private static void add(List<SourceLine> lines, String fileName, String line) {
        if (!line.isBlank()) {
            lines.add(new SourceLine(fileName, 0, lines.size() + 1, line, line));
        }
    }

    private static String row(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continued = properties != null && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continued ? "" : cellText(cell));
            int span = properties != null && properties.isSetGridSpan()
                    ? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 1) {
            return cells.get(0);
        }
        return String.join("\t", cells.subList(0, end));
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            b.append(Texts.cellText(p.getText()));
        }
        return b.toString();
    }
}
