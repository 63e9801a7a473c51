package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.support.IdentityKey;
import io.gongkai.rules.support.PerReport;
import io.gongkai.rules.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The table figures narrative statements are compared with, found by row key and canonical column. */
final class Figures {

    private Figures() {
    }

    /**
     * A cell by row key. A table published empty, or printed without any rows, gives zero; a table that has rows
     * but not this one gives nothing (the figure is unknown, not zero).
     */
    static Optional<Figure> cell(Report report, TableType type, Side side, String key, String column) {
        Optional<DisclosureTable> found = Tables.of(report, type);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DisclosureTable table = found.get();
        Optional<TableRow> row = table.row(side, key);
        if (row.isPresent()) {
            return Optional.of(Figure.cell(table.number(), row.get(), column));
        }
        if (table.empty() || table.rows().isEmpty()) {
            return Optional.of(Figure.emptyTable(table.number(), table.source()));
        }
        return Optional.empty();
    }

    /** A cell of a one-sided table's row by key. */
    static Optional<Figure> cell(Report report, TableType type, String key, String column) {
        return cell(report, type, Side.NONE, key, column);
    }

    /** T1 收入总计. */
    static Optional<Figure> incomeTotal(Report report) {
        return cell(report, TableType.BUDGET_SUMMARY, Side.INCOME, RowKeys.INCOME_GRAND_TOTAL, Columns.AMOUNT);
    }

    /** T1 支出总计 in a column (total, current, carryover). */
    static Optional<Figure> expenditureTotal(Report report, String column) {
        return cell(report, TableType.BUDGET_SUMMARY, Side.EXPENDITURE, RowKeys.EXPENDITURE_GRAND_TOTAL, column);
    }

    /** T1 本年收入合计. */
    static Optional<Figure> currentIncome(Report report) {
        return cell(report, TableType.BUDGET_SUMMARY, Side.INCOME, RowKeys.CURRENT_INCOME_TOTAL, Columns.AMOUNT);
    }

    /** T1 上年结转. */
    static Optional<Figure> carryover(Report report) {
        return cell(report, TableType.BUDGET_SUMMARY, Side.INCOME, RowKeys.CARRYOVER, Columns.AMOUNT);
    }

    /** T1 income from one source (gpb, fund, soe, special, unit). */
    static Optional<Figure> incomeSource(Report report, String source) {
        return cell(report, TableType.BUDGET_SUMMARY, Side.INCOME, source, Columns.AMOUNT);
    }

    /** T2 合计 in a column. */
    static Optional<Figure> incomeSummaryTotal(Report report, String column) {
        return cell(report, TableType.INCOME_SUMMARY, RowKeys.TOTAL, column);
    }

    /** T3 合计 in a column (total, basic, project). */
    static Optional<Figure> expenditureSummary(Report report, String column) {
        return cell(report, TableType.EXPENDITURE_SUMMARY, RowKeys.TOTAL, column);
    }

    /** T5 合计 in a column (total, basic, project). */
    static Optional<Figure> gpb(Report report, String column) {
        return cell(report, TableType.GPB_EXPENDITURE, RowKeys.TOTAL, column);
    }

    /** T6 合计 in a column (total, personnel, public). */
    static Optional<Figure> economic(Report report, String column) {
        return cell(report, TableType.GPB_BASIC_BY_ECONOMIC, RowKeys.TOTAL, column);
    }

    /**
     * T4 income from a fiscal source, this year's part (before the 上年结转 row) or the carried-over part
     * (after it).
     */
    static Optional<Figure> fiscalSource(Report report, String source, boolean carriedOver) {
        Optional<DisclosureTable> found = Tables.of(report, TableType.FISCAL_SUMMARY);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DisclosureTable table = found.get();
        boolean afterCarryover = false;
        for (TableRow row : table.rows(Side.INCOME)) {
            if (row.isKey(RowKeys.CARRYOVER)) {
                afterCarryover = true;
            } else if (row.isKey(source) && afterCarryover == carriedOver) {
                return Optional.of(Figure.cell(table.number(), row, Columns.AMOUNT));
            }
        }
        if (table.empty() || table.rows().isEmpty()) {
            return Optional.of(Figure.emptyTable(table.number(), table.source()));
        }
        return Optional.empty();
    }

    /**
     * The named rows of a table that a narrative can name: classification rows (with a code) and, in tables
     * that print no codes, the plain rows of the expenditure side.
     */
    static List<TableRow> namedRows(DisclosureTable table, Side side) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (row.side() == side && row.key() == null && row.name() != null && !row.name().isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The named rows of the tables of the report being checked, with their names: many subjects are matched. */
    private static final PerReport<Map<IdentityKey, NamedRows>> NAMED_ROWS =
            new PerReport<>(report -> new ConcurrentHashMap<>());

    /** {@link #namedRows(DisclosureTable, Side)} of a table of the report, with their names, found once. */
    static NamedRows namedRows(Report report, DisclosureTable table, Side side) {
        return NAMED_ROWS.of(report).computeIfAbsent(new IdentityKey(table, side),
                k -> NamedRows.of(namedRows(table, side)));
    }

    /** Project rows of table 12 or 13. */
    static long projectCount(DisclosureTable table) {
        return table.rows().stream().filter(r -> r.isKey(RowKeys.PROJECT)).count();
    }

    /** Unit rows of a table (11, 12, 13). */
    static long unitCount(DisclosureTable table) {
        return table.rows().stream().filter(r -> r.isKey(RowKeys.UNIT_SUBTOTAL)).count();
    }
}
