package io.gongkai.render.layout;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * A standard table laid out for printing: its label and title, the header as merged cells over the grid
 * columns, and one grid row per printed line.
 *
 * @param table the table laid out
 * @param label the template's label (预算公开表1)
 * @param title the title with the year (2024年预算收支总表)
 * @param header the top-level header cells, left to right
 * @param columns the grid columns, left to right
 * @param rows the printed lines
 * @param note the note under the table (注：本表无数据), or null
 */
public record TableGrid(DisclosureTable table, String label, String title, List<HeaderNode> header,
                        List<GridColumn> columns, List<GridRow> rows, String note) {

    /** The note printed under a table published without data. */
    public static final String NO_DATA = "注：本表无数据";

    public TableGrid {
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** How many header rows the table has. */
    public int headerDepth() {
        return header.stream().mapToInt(HeaderNode::depth).max().orElse(1);
    }

    /** Every header cell with its place and spans; leaves reach down to the last header row. */
    public List<HeaderCell> headerCells() {
        List<HeaderCell> out = new ArrayList<>();
        int column = 0;
        for (HeaderNode node : header) {
            place(node, 0, column, out);
            column += node.width();
        }
        return out;
    }

    /** The header cells starting on one header row, left to right. */
    public List<HeaderCell> headerRow(int row) {
        return headerCells().stream().filter(c -> c.row() == row)
                .sorted(java.util.Comparator.comparingInt(HeaderCell::column)).toList();
    }

    /** Whether the header ends with a 栏次 line ({@link TableType#numbersColumns}). */
    public boolean numbersColumns() {
        return table.type().numbersColumns();
    }

    /** The whole table as positioned cells: the header with merged cells (and 栏次), the body, and the note. */
    public CellGrid cells() {
        int headerRows = headerDepth() + (numbersColumns() ? 1 : 0);
        CellGrid.Builder grid = new CellGrid.Builder(columns.size()).headerRows(headerRows);
        for (HeaderCell h : headerCells()) {
            grid.add(CellGrid.Cell.of(h.row(), h.column(), CellGrid.Kind.HEADER, h.label())
                    .span(h.rowSpan(), h.columnSpan()));
        }
        if (numbersColumns()) {
            columnNumbers(grid, headerDepth());
        }
        int row = headerRows;
        for (GridRow line : rows) {
            if (line.isHeading()) {
                grid.add(new CellGrid.Cell(row, 0, 1, columns.size(), CellGrid.Kind.TEXT, line.heading(), null, 0,
                        true));
                row++;
                continue;
            }
            for (int c = 0; c < line.cells().size(); c++) {
                GridCell cell = line.cells().get(c);
                CellGrid.Kind kind = switch (cell.column().role()) {
                    case CODE -> CellGrid.Kind.CODE;
                    case NAME -> CellGrid.Kind.NAME;
                    case ALT_NAME -> CellGrid.Kind.TEXT;
                    case LINE_NUMBER -> CellGrid.Kind.LINE_NUMBER;
                    case AMOUNT -> cell.count() ? CellGrid.Kind.COUNT : CellGrid.Kind.AMOUNT;
                };
                grid.add(new CellGrid.Cell(row, c, 1, 1, kind, cell.printed(), cell.amount(), cell.indent(),
                        line.emphasis()));
            }
            row++;
        }
        if (note != null) {
            grid.add(CellGrid.Cell.of(row, 0, CellGrid.Kind.NOTE, note).span(1, columns.size()));
        }
        return grid.build();
    }

    /**
     * The 栏次 line: 栏次 over the labels of each side (code, name, 行次 merged), then the amount columns numbered
     * from 1 across the whole table.
     */
    private void columnNumbers(CellGrid.Builder grid, int row) {
        int number = 1;
        int c = 0;
        while (c < columns.size()) {
            if (columns.get(c).isAmount()) {
                grid.add(CellGrid.Cell.of(row, c, CellGrid.Kind.HEADER, Integer.toString(number++)));
                c++;
                continue;
            }
            int start = c;
            while (c < columns.size() && !columns.get(c).isAmount()) {
                c++;
            }
            grid.add(CellGrid.Cell.of(row, start, CellGrid.Kind.HEADER, "栏次").span(1, c - start));
        }
    }

    private void place(HeaderNode node, int row, int column, List<HeaderCell> out) {
        int rowSpan = node.isLeaf() ? headerDepth() - row : 1;
        out.add(new HeaderCell(node.label(), row, column, rowSpan, node.width()));
        int child = column;
        for (HeaderNode c : node.children()) {
            place(c, row + 1, child, out);
            child += c.width();
        }
    }
}
