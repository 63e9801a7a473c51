package io.gongkai.rules.crosstable;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.rules.classification.FunctionClasses;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A two-sided summary table (table 1 预算收支总表 or table 4 财政拨款收支总表) read for comparison: income by
 * source this year and carried over, the totals, and the expenditure 类 rows by code.
 */
final class SummaryRows {

    private final DisclosureTable table;
    private final Map<String, TableRow> classes;
    private final boolean classesComplete;

    private SummaryRows(DisclosureTable table, Map<String, TableRow> classes, boolean classesComplete) {
        this.table = table;
        this.classes = classes;
        this.classesComplete = classesComplete;
    }

    static Optional<SummaryRows> of(Optional<DisclosureTable> table, int year) {
        return table.map(t -> read(t, year));
    }

    private static SummaryRows read(DisclosureTable table, int year) {
        Map<String, TableRow> classes = new LinkedHashMap<>();
        boolean complete = true;
        for (TableRow row : table.rows(Side.EXPENDITURE)) {
            if (row.key() != null) {
                continue;
            }
            Optional<String> code = FunctionClasses.codeOf(row, year);
            if (code.isPresent()) {
                classes.putIfAbsent(code.get(), row);
            } else if (!row.amounts().isEmpty()) {
                complete = false;
            }
        }
        return new SummaryRows(table, Collections.unmodifiableMap(classes), complete);
    }

    int number() {
        return table.number();
    }

    DisclosureTable table() {
        return table;
    }

    /** The income row of a source printed before the carry-over row: this year's income from it. */
    Optional<TableRow> currentSource(String source) {
        for (TableRow row : table.rows(Side.INCOME)) {
            if (row.isKey(RowKeys.CARRYOVER)) {
                return Optional.empty();
            }
            if (row.isKey(source)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The income row of a source printed under the carry-over row (table 4: carry-over by source). */
    Optional<TableRow> carryoverSource(String source) {
        boolean under = false;
        for (TableRow row : table.rows(Side.INCOME)) {
            if (row.isKey(RowKeys.CARRYOVER)) {
                under = true;
            } else if (under && row.isKey(source)) {
                return Optional.of(row);
            } else if (under && (row.key() == null || !IncomeRows.SOURCES.contains(row.key()))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the carry-over row is broken down by source. */
    boolean hasCarryoverSources() {
        return IncomeRows.SOURCES.stream().anyMatch(s -> carryoverSource(s).isPresent());
    }

    Optional<TableRow> income(String key) {
        return table.row(Side.INCOME, key);
    }

    Optional<TableRow> expenditure(String key) {
        return table.row(Side.EXPENDITURE, key);
    }

    /** The expenditure 类 rows by 类 code. */
    Map<String, TableRow> classes() {
        return classes;
    }

    /** Whether every expenditure row with money is a known 类 (so a 类 not listed is a zero). */
    boolean classesComplete() {
        return classesComplete && !classes.isEmpty();
    }

    /** A 类's cell as a figure: its row's cell, a zero when the table lists every 类 with money, else null. */
    Figure classFigure(String code, String column) {
        TableRow row = classes.get(code);
        if (row != null) {
            return Figure.cell(number(), row, column);
        }
        return classesComplete() ? Figure.absent(number(), code) : null;
    }

    /** Whether any expenditure row has a value in one of the columns. */
    boolean publishesAny(List<String> columns) {
        return table.rows(Side.EXPENDITURE).stream().anyMatch(r -> columns.stream().anyMatch(r::has));
    }
}
