package io.gongkai.render.xlsx;

import io.gongkai.render.layout.CellGrid;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes a cell grid onto a sheet: values, styles, merged regions (with borders on every covered cell). */
final class GridSheets {

    private GridSheets() {
    }

    /** Writes the grid with its top-left at {@code top}, column A; returns the first row after it. */
    static int write(Sheet sheet, CellGrid grid, int top, XlsxStyles styles) {
        for (int r = 0; r < grid.rows(); r++) {
            Row row = sheet.getRow(top + r) == null ? sheet.createRow(top + r) : sheet.getRow(top + r);
            for (int c = 0; c < grid.columns(); c++) {
                row.createCell(c).setCellStyle(styles.text(false));
            }
        }
        for (CellGrid.Cell cell : grid.cells()) {
            CellStyle style = styles.of(cell);
            for (int r = 0; r < cell.rowSpan(); r++) {
                for (int c = 0; c < cell.columnSpan(); c++) {
                    sheet.getRow(top + cell.row() + r).getCell(cell.column() + c).setCellStyle(style);
                }
            }
            Cell target = sheet.getRow(top + cell.row()).getCell(cell.column());
            if (cell.kind() == CellGrid.Kind.AMOUNT || cell.kind() == CellGrid.Kind.COUNT) {
                if (cell.amount() != null) {
                    target.setCellValue(cell.amount().doubleValue());
                }
            } else {
                target.setCellValue(cell.text());
            }
            if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + cell.row(), top + cell.row() + cell.rowSpan() - 1,
                        cell.column(), cell.column() + cell.columnSpan() - 1));
            }
        }
        return top + grid.rows();
    }
}
