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
 * @param count whether the figure of an amount column is a count (车辆数), printed as a whole number
 */
public record GridCell(GridColumn column, String text, BigDecimal amount, int indent, boolean count) {

    static GridCell text(GridColumn column, String text, int indent) {
        return new GridCell(column, text == null ? "" : text, null, indent, false);
    }

    static GridCell amount(GridColumn column, BigDecimal amount) {
        return new GridCell(column, "", amount, 0, false);
    }

    /** A count in an amount column (公开10's 车辆数), printed without decimals. */
    static GridCell count(GridColumn column, BigDecimal count) {
        return new GridCell(column, "", count, 0, true);
    }

    /** The printed text: the name or code, the amount with two decimals, the count as a whole number, or "". */
    public String printed() {
        if (!column.isAmount()) {
            return text;
        }
        if (count) {
            return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
        }
        return Money.format(amount);
    }

    public boolean isBlank() {
        return column.isAmount() ? amount == null : text.isEmpty();
    }
}
