package io.gongkai.rules.classification;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.support.Tables;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows that carry function classification codes: tables 2, 3, 5 and 8, and the expenditure side of table 9
 * (table 7 carries income codes, which are another classification).
 */
final class FunctionRows {

    static final List<TableType> TABLES = List.of(TableType.INCOME_SUMMARY, TableType.EXPENDITURE_SUMMARY,
            TableType.GPB_EXPENDITURE, TableType.FUND_EXPENDITURE, TableType.SOE_BUDGET);

    private FunctionRows() {
    }

    /**
     * One table's coded rows in printed order.
     *
     * @param table the canonical table number
     * @param rows the rows with a code, in printed order
     */
    record Coded(int table, List<TableRow> rows) {
    }

    /** The coded rows of each function table the report has. */
    static List<Coded> of(Report report) {
        List<Coded> result = new ArrayList<>();
        for (TableType type : TABLES) {
            Tables.of(report, type).ifPresent(t -> result.add(new Coded(t.number(), coded(t))));
        }
        return result;
    }

    private static List<TableRow> coded(DisclosureTable table) {
        List<TableRow> rows = table.type() == TableType.SOE_BUDGET ? table.rows(Side.EXPENDITURE) : table.rows();
        return rows.stream().filter(r -> r.code() != null && !r.code().isBlank()).toList();
    }

    /** Whether a code is 3, 5 or 7 digits. */
    static boolean wellFormed(String code) {
        int n = code.length();
        return (n == 3 || n == 5 || n == 7) && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static Location at(int table, TableRow row) {
        return new Location(table, RowNames.of(row), null, null);
    }
}
