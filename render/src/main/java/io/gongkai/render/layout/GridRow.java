package io.gongkai.render.layout;

import java.util.List;

/**
 * One printed line of a table. Two-sided tables put an income row and an expenditure row on one line.
 *
 * @param cells one cell per grid column, left to right
 * @param emphasis whether the line is a total or group line (printed bold)
 */
public record GridRow(List<GridCell> cells, boolean emphasis) {

    public GridRow {
        cells = List.copyOf(cells);
    }
}
