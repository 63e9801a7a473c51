package io.gongkai.rules.arithmetic;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How the arithmetic checkers find the rows of an identity: totals, top rows, children by code, groups. */
final class Rows {

    /** Keys of the summary rows of tables 1 and 4 (and 合计 everywhere): never a part of a class sum. */
    static final Set<String> SUMMARY_KEYS = Set.of(RowKeys.TOTAL, RowKeys.CURRENT_INCOME_TOTAL,
            RowKeys.CURRENT_EXPENDITURE_TOTAL, RowKeys.CARRYOVER, RowKeys.YEAR_END_CARRYOVER,
            RowKeys.INCOME_GRAND_TOTAL, RowKeys.EXPENDITURE_GRAND_TOTAL);

    private Rows() {
    }

    /** The rows of a side; a one-sided table's rows for {@link Side#NONE}. */
    static List<TableRow> of(DisclosureTable table, Side side) {
        return side == Side.NONE ? table.rows() : table.rows(side);
    }

    /** The first row of a side with the key. */
    static TableRow keyed(DisclosureTable table, Side side, String key) {
        for (TableRow row : of(table, side)) {
            if (row.isKey(key)) {
                return row;
            }
        }
        return null;
    }

    /** The columns among {@code candidates} that have a value in at least one row of the list. */
    static List<String> present(List<TableRow> rows, List<String> candidates) {
        List<String> present = new ArrayList<>();
        for (String column : candidates) {
            for (TableRow r : rows) {
                if (r.has(column)) {
                    present.add(column);
                    break;
                }
            }
        }
        return present;
    }

    /** Rows that are not summary rows (合计, 本年收入合计 …). */
    static List<TableRow> ordinary(List<TableRow> rows) {
        List<TableRow> ordinary = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            if (r.key() == null || !SUMMARY_KEYS.contains(r.key())) {
                ordinary.add(r);
            }
        }
        return ordinary;
    }

    /** Whether a row carries a classification code of digits. */
    static boolean coded(TableRow row) {
        String code = row.code();
        if (code == null || code.isEmpty()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows a 合计 adds up: when rows carry codes, the coded rows with no ancestor code in the list (the 类, or
     * a 款 whose 类 row is missing); otherwise the ordinary rows of the least level.
     */
    static List<TableRow> top(List<TableRow> ordinary) {
        List<TableRow> coded = coded(ordinary);
        if (!coded.isEmpty()) {
            TableRow[] ancestors = ancestors(coded);
            List<TableRow> top = new ArrayList<>();
            for (int i = 0; i < ancestors.length; i++) {
                if (ancestors[i] == null) {
                    top.add(coded.get(i));
                }
            }
            return top;
        }
        if (ordinary.isEmpty()) {
            return List.of();
        }
        int least = Integer.MAX_VALUE;
        for (TableRow r : ordinary) {
            least = Math.min(least, r.level());
        }
        List<TableRow> top = new ArrayList<>();
        for (TableRow r : ordinary) {
            if (r.level() == least) {
                top.add(r);
            }
        }
        return top;
    }

    /** The rows of the list that carry a classification code of digits ({@link #coded(TableRow)}), in order. */
    static List<TableRow> coded(List<TableRow> rows) {
        List<TableRow> coded = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            if (coded(r)) {
                coded.add(r);
            }
        }
        return coded;
    }

    /**
     * The nearest printed descendants of a coded row: rows whose code extends it with no printed code in between
     * (so 类 216 adds up 21602 and 21606, and a 项 whose 款 row is missing counts directly).
     */
    static List<TableRow> children(TableRow parent, List<TableRow> coded) {
        List<TableRow> children = new ArrayList<>();
        for (TableRow row : coded) {
            if (row != parent && row.code().length() > parent.code().length()
                    && row.code().startsWith(parent.code()) && ancestorIn(row, coded) == parent) {
                children.add(row);
            }
        }
        return children;
    }

    /** The nearest printed ancestor of a coded row (longest code that is a proper prefix), or null. */
    static TableRow ancestorIn(TableRow row, List<TableRow> coded) {
        TableRow best = null;
        for (TableRow other : coded) {
            String c = other.code();
            if (c.length() < row.code().length() && row.code().startsWith(c)
                    && (best == null || c.length() > best.code().length())) {
                best = other;
            }
        }
        return best;
    }

    /**
     * {@link #ancestorIn} of every coded row, in the same order, found by looking up the row's code prefixes
     * (longest first) instead of comparing every pair of rows: the first row printed with the longest prefix.
     */
    static TableRow[] ancestors(List<TableRow> coded) {
        Map<String, TableRow> byCode = new HashMap<>();
        for (TableRow row : coded) {
            byCode.putIfAbsent(row.code(), row);
        }
        TableRow[] ancestors = new TableRow[coded.size()];
        for (int i = 0; i < ancestors.length; i++) {
            String code = coded.get(i).code();
            for (int length = code.length() - 1; length >= 0 && ancestors[i] == null; length--) {
                ancestors[i] = byCode.get(code.substring(0, length));
            }
        }
        return ancestors;
    }

    /**
     * Group rows with the rows printed under them: each row keyed {@code groupKey} takes the member rows that
     * follow it (keyed {@code memberKey}, or unkeyed when that is null) up to the next group or summary row.
     */
    static Map<TableRow, List<TableRow>> groups(List<TableRow> rows, String groupKey, String memberKey) {
        Map<TableRow, List<TableRow>> groups = new LinkedHashMap<>();
        TableRow current = null;
        for (TableRow row : rows) {
            if (row.isKey(groupKey)) {
                current = row;
                groups.put(row, new ArrayList<>());
            } else if (row.key() != null && SUMMARY_KEYS.contains(row.key())) {
                current = null;
            } else if (current != null && (memberKey == null ? row.key() == null : row.isKey(memberKey))) {
                groups.get(current).add(row);
            }
        }
        return groups;
    }

    /** Cells of a column over rows. */
    static List<Cell> cells(int table, List<TableRow> rows, String column) {
        List<Cell> cells = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            cells.add(new Cell(table, r, column));
        }
        return cells;
    }
}
