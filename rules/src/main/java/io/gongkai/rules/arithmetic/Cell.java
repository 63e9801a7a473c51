package io.gongkai.rules.arithmetic;

import io.gongkai.model.TableRow;
import io.gongkai.rules.ColumnLabels;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import java.math.BigDecimal;

/**
 * One cell of a standard table, as the arithmetic checkers use it: a value (blank means zero) that knows where
 * it stands.
 *
 * @param table the canonical table number
 * @param row the row
 * @param column the canonical column
 */
record Cell(int table, TableRow row, String column) {

    /** The printed value, or null when the cell is blank. */
    BigDecimal value() {
        return row.amounts().get(column);
    }

    /** The value, zero when blank. */
    BigDecimal amount() {
        return row.amount(column);
    }

    boolean blank() {
        return !row.has(column);
    }

    Location location() {
        return Location.cell(table, RowNames.of(row), column);
    }

    /** The value as printed, 空 for a blank cell. */
    String printed() {
        BigDecimal v = value();
        return v == null ? "空" : v.toPlainString();
    }

    /** How the cell is named as a part of a sum whose total sits in {@code total}'s row or elsewhere. */
    String partName(Cell total) {
        if (row == total.row()) {
            return ColumnLabels.label(column);
        }
        return "「" + RowNames.of(row) + "」";
    }
}
