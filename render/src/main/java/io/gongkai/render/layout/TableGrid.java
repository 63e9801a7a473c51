package io.gongkai.render.layout;

import io.gongkai.model.DisclosureTable;
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

    /** The whole table as positioned cells: the header with merged cells, the body, and the note. */
    public CellGrid cells() {
        CellGrid.Builder grid = new CellGrid.Builder(columns.size()).headerRows(headerDepth());
        for (HeaderCell h : headerCells()) {
            grid.add(CellGrid.Cell.of(h.row(), h.column(), CellGrid.Kind.HEADER, h.label())
                    .span(h.rowSpan(), h.columnSpan()));
        }
        int row = headerDepth();
        for (GridRow line : rows) {
            for (int c = 0; c < line.cells().size(); c++) {
                GridCell cell = line.cells().get(c);
                CellGrid.Kind kind = switch (cell.column().role()) {
                    case CODE -> CellGrid.Kind.CODE;
                    case NAME -> CellGrid.Kind.NAME;
                    case ALT_NAME -> CellGrid.Kind.TEXT;
                    case AMOUNT -> CellGrid.Kind.AMOUNT;
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
