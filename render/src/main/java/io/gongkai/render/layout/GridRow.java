package io.gongkai.render.layout;

import java.util.List;

/**
 * One printed line of a table. Two-sided tables put an income row and an expenditure row on one line.
 *
 * @param cells one cell per grid column, left to right
 * @param emphasis whether the line is a total or group line (printed bold)
 * @param heading the text of a heading line spanning the table (一、政府采购情况 in 公开10), or null for a line of
 *     cells
 */
public record GridRow(List<GridCell> cells, boolean emphasis, String heading) {

    public GridRow {
        cells = List.copyOf(cells);
    }

    /** A line of cells. */
    public GridRow(List<GridCell> cells, boolean emphasis) {
        this(cells, emphasis, null);
    }

    /** A heading line spanning the table. */
    static GridRow heading(String text) {
        return new GridRow(List.of(), true, text);
    }

    public boolean isHeading() {
        return heading != null;
    }
}
