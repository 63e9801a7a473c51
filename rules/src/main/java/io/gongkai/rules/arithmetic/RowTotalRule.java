package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Reusable checker: in every row of a table (or of one side), the total column equals the sum of the part
 * columns. A template that does not print the part columns at all is skipped. Several part lists may be given
 * when templates differ (a 合计 with or without 上年结转); the row must agree with one of them.
 */
abstract class RowTotalRule extends TableArithmeticRule {

    private final Side side;
    private final String total;
    private final List<List<String>> readings;
    private final List<String> identities;

    /**
     * @param readings part columns of each accepted reading, the usual one first
     * @param identities the readings in words, completing 「不等于…」
     */
    RowTotalRule(TableType type, Side side, String total, List<List<String>> readings, List<String> identities) {
        this(List.of(type), side, total, readings, identities);
    }

    RowTotalRule(List<TableType> types, Side side, String total, List<List<String>> readings,
                 List<String> identities) {
        super(types.toArray(TableType[]::new));
        this.side = side;
        this.total = total;
        this.readings = List.copyOf(readings);
        this.identities = List.copyOf(identities);
    }

    @Override
    final void check(Report report, DisclosureTable table, FindingSink sink) {
        List<TableRow> rows = Rows.of(table, side);
        if (Rows.present(rows, readings.get(0)).isEmpty()) {
            return;
        }
        for (TableRow row : rows) {
            if (row.amounts().isEmpty() || SumCheck.addsUpExactly(row, total, readings.get(0))) {
                continue; // the usual reading exact: nothing to report, no cells or readings built
            }
            List<SumCheck.Reading> alternatives = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                alternatives.add(new SumCheck.Reading(identities.get(i), cells(table, row, readings.get(i))));
            }
            SumCheck.check(sink, new Cell(table.number(), row, total), alternatives);
        }
    }

    private static List<Cell> cells(DisclosureTable table, TableRow row, List<String> columns) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            cells.add(new Cell(table.number(), row, column));
        }
        return cells;
    }
}
