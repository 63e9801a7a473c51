package io.gongkai.rules.crosstable;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of function-code rows (tables 2, 3, 5, 8 and the expenditure half of 9): its 合计 row and its rows by
 * code. A table that lists codes at some level (类, 款, 项) is taken to list every code with money at that
 * level, so a missing code is a zero; a table that lists no codes and has nothing in its 合计 is zero throughout.
 */
final class CodedRows {

    private final DisclosureTable table;
    private final TableRow total;
    private final Map<String, TableRow> byCode;
    private final Set<Integer> lengths;

    private CodedRows(DisclosureTable table, TableRow total, Map<String, TableRow> byCode, Set<Integer> lengths) {
        this.table = table;
        this.total = total;
        this.byCode = byCode;
        this.lengths = lengths;
    }

    /** The code rows of a table on a side (NONE for one-sided tables). */
    static CodedRows of(DisclosureTable table, Side side) {
        TableRow total = null;
        Map<String, TableRow> codes = new LinkedHashMap<>();
        Set<Integer> lengths = new TreeSet<>();
        for (TableRow row : table.rows()) {
            if (side != Side.NONE && row.side() != side) {
                continue;
            }
            if (row.isKey(RowKeys.TOTAL) && total == null) {
                total = row;
            }
            String code = row.code() == null ? null : row.code().strip();
            if (code != null && isFunctionCode(code)) {
                codes.putIfAbsent(code, row);
                lengths.add(code.length());
            }
        }
        return new CodedRows(table, total, Collections.unmodifiableMap(codes), lengths);
    }

    /** 3, 5 or 7 digits: a 类, 款 or 项 code. */
    static boolean isFunctionCode(String code) {
        int n = code.length();
        if (n != 3 && n != 5 && n != 7) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    int number() {
        return table.number();
    }

    Optional<TableRow> total() {
        return Optional.ofNullable(total);
    }

    /** The 合计 row's cell as a figure, or null when the table prints no 合计 row. */
    Figure totalFigure(String column) {
        return total == null ? null : Figure.cell(number(), total, column);
    }

    Map<String, TableRow> byCode() {
        return byCode;
    }

    Optional<TableRow> row(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether the table speaks for codes of this length: it lists such codes, or is zero throughout. */
    boolean covers(String code) {
        if (lengths.contains(code.length())) {
            return true;
        }
        return byCode.isEmpty() && (total == null || total.amounts().values().stream()
                .allMatch(v -> v.signum() == 0));
    }

    /**
     * A code's cells as a figure (their sum when several columns are given): the row's cells, an exact zero
     * when the table covers the code without listing it, or null when the table does not speak for the code.
     */
    Figure figure(String code, String... columns) {
        TableRow row = byCode.get(code);
        if (row == null) {
            return covers(code) ? Figure.absent(number(), code) : null;
        }
        Figure figure = Figure.cell(number(), row, columns[0]);
        for (int i = 1; i < columns.length; i++) {
            figure = figure.plus(number(), row, columns[i]);
        }
        return figure;
    }

    /** Whether any row has a value in one of the columns. */
    boolean publishesAny(String... columns) {
        for (TableRow row : table.rows()) {
            for (String c : columns) {
                if (row.has(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 合计 row's value in a column, zero when blank or absent. */
    BigDecimal totalAmount(String column) {
        return total == null ? BigDecimal.ZERO : total.amount(column);
    }
}
