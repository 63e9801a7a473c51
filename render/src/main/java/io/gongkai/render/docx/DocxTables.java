package io.gongkai.render.docx;

import io.gongkai.render.layout.CellGrid;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a cell grid as a Word table: one Word row per grid row; a cell spanning columns is one Word cell with
 * gridSpan; a cell spanning rows starts with vMerge=restart and continues, empty, with vMerge=continue in the rows
 * below. Header rows repeat on each page.
 */
final class DocxTables {

    /** Table width in twentieths of a point: A4 landscape less 2 cm margins. */
    static final int WIDTH = 16838 - 2 * 1134;

    private DocxTables() {
    }

    static XWPFTable write(XWPFDocument document, CellGrid grid) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        table.setWidth("100%");
        var tblGrid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        int[] widths = widths(grid);
        for (int width : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < grid.rows(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            if (r < grid.headerRows()) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (Occupant occupant : occupants(grid, r)) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                int width = 0;
                for (int c = 0; c < occupant.cell().columnSpan(); c++) {
                    width += widths[occupant.cell().column() + c];
                }
                properties.addNewTcW().setW(BigInteger.valueOf(width));
                properties.getTcW().setType(STTblWidth.DXA);
                if (occupant.cell().columnSpan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(occupant.cell().columnSpan()));
                }
                if (occupant.cell().rowSpan() > 1) {
                    properties.addNewVMerge().setVal(occupant.continued() ? STMerge.CONTINUE : STMerge.RESTART);
                }
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                if (!occupant.continued()) {
                    fill(paragraph, occupant.cell());
                }
            }
        }
        return table;
    }

    /**
     * Column widths in proportion to the longest text a column holds in a cell of its own (a CJK character
     * counts two), at least four; Word would otherwise make every column equal and wrap the names.
     */
    private static int[] widths(CellGrid grid) {
        int[] weight = new int[grid.columns()];
        java.util.Arrays.fill(weight, 4);
        for (CellGrid.Cell cell : grid.cells()) {
            if (cell.columnSpan() == 1 && cell.kind() != CellGrid.Kind.NOTE) {
                int length = cell.text().codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
                weight[cell.column()] = Math.max(weight[cell.column()], Math.min(length, 60) + 2);
            }
        }
        int total = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[weight.length];
        for (int c = 0; c < weight.length; c++) {
            widths[c] = WIDTH * weight[c] / total;
        }
        return widths;
    }

    /** What occupies a grid row, left to right: cells starting on it and cells spanning down into it. */
    private static List<Occupant> occupants(CellGrid grid, int row) {
        List<Occupant> out = new ArrayList<>();
        for (CellGrid.Cell cell : grid.cells()) {
            if (cell.row() == row) {
                out.add(new Occupant(cell, false));
            } else if (cell.row() < row && row < cell.row() + cell.rowSpan()) {
                out.add(new Occupant(cell, true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(o -> o.cell().column()));
        return out;
    }

    private record Occupant(CellGrid.Cell cell, boolean continued) {
    }

    private static void fill(XWPFParagraph paragraph, CellGrid.Cell cell) {
        paragraph.setSpacingAfter(0);
        paragraph.setAlignment(switch (cell.kind()) {
            case HEADER, LABEL, LINE_NUMBER -> ParagraphAlignment.CENTER;
            case AMOUNT, COUNT -> ParagraphAlignment.RIGHT;
            default -> ParagraphAlignment.LEFT;
        });
        if (cell.kind() == CellGrid.Kind.NAME && cell.indent() > 0) {
            paragraph.setIndentationLeft(180 * cell.indent());
        }
        boolean bold = cell.emphasis() || cell.kind() == CellGrid.Kind.HEADER || cell.kind() == CellGrid.Kind.LABEL;
        ReportDocxWriter.run(paragraph, cell.text(), 8.5, bold);
    }
}
