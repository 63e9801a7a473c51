package io.gongkai.rules.mutation;

import io.gongkai.model.TableType;
import io.gongkai.rules.ColumnLabels;
import java.math.BigDecimal;

/**
 * A change of one published table cell.
 *
 * @param table the table's type
 * @param rowIndex the row's index among the table's rows
 * @param row the row as named in messages (code and name)
 * @param column the canonical column
 * @param original the value as published
 * @param mutated the value the mutant publishes
 */
public record CellMutant(TableType table, int rowIndex, String row, String column, BigDecimal original,
                         BigDecimal mutated) implements Mutant {

    @Override
    public Part part() {
        return Part.TABLE;
    }

    @Override
    public String category() {
        return "表" + table.number();
    }

    @Override
    public String where() {
        return "表" + table.number() + "「" + row + "」" + ColumnLabels.label(column);
    }
}
