package io.gongkai.rules.classification;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.support.PerReport;
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
     * @param wellFormed those of them whose code, stripped, is {@link #wellFormed}, in printed order
     */
    record Coded(int table, List<TableRow> rows, List<TableRow> wellFormed) {
    }

    /** The coded rows of each function table, found once per report: six rules read them. */
    private static final PerReport<List<Coded>> CODED = new PerReport<>(FunctionRows::find);

    /** The coded rows of each function table the report has. */
    static List<Coded> of(Report report) {
        return CODED.of(report);
    }

    private static List<Coded> find(Report report) {
        List<Coded> result = new ArrayList<>();
        for (TableType type : TABLES) {
            DisclosureTable table = Tables.of(report, type).orElse(null);
            if (table != null) {
                List<TableRow> coded = coded(table);
                List<TableRow> wellFormed = new ArrayList<>(coded.size());
                for (TableRow row : coded) {
                    if (wellFormed(row.code().strip())) {
                        wellFormed.add(row);
                    }
                }
                result.add(new Coded(table.number(), coded, List.copyOf(wellFormed)));
            }
        }
        return List.copyOf(result);
    }

    private static List<TableRow> coded(DisclosureTable table) {
        List<TableRow> rows = table.type() == TableType.SOE_BUDGET ? table.rows(Side.EXPENDITURE) : table.rows();
        List<TableRow> coded = new ArrayList<>(rows.size());
        for (TableRow row : rows) {
            if (row.code() != null && !row.code().isBlank()) {
                coded.add(row);
            }
        }
        return List.copyOf(coded);
    }

    /** Whether a code is 3, 5 or 7 digits. */
    static boolean wellFormed(String code) {
        int n = code.length();
        if (n != 3 && n != 5 && n != 7) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static Location at(int table, TableRow row) {
        return new Location(table, RowNames.of(row), null, null);
    }
}
