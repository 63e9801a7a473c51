package io.gongkai.render.layout;

import java.math.BigDecimal;

/**
 * One body cell: text for codes and names, an amount for amount columns. A blank amount cell (null) means the
 * table prints nothing there, which reads as zero.
 *
 * @param column the column the cell is in
 * @param text the printed text of a code or name cell, "" when blank
 * @param amount the amount of an amount cell, or null when blank
 * @param indent the nesting level of a name cell (0 = flush left), for indentation
 */
public record GridCell(GridColumn column, String text, BigDecimal amount, int indent) {

    static GridCell text(GridColumn column, String text, int indent) {
        return new GridCell(column, text == null ? "" : text, null, indent);
    }

    static GridCell amount(GridColumn column, BigDecimal amount) {
        return new GridCell(column, "", amount, 0);
    }

    /** The printed text: the name or code, or the amount with two decimals, or "" when blank. */
    public String printed() {
        return column.isAmount() ? Money.format(amount) : text;
    }

    public boolean isBlank() {
        return column.isAmount() ? amount == null : text.isEmpty();
    }
}
