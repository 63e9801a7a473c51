package io.gongkai.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a standard table.
 *
 * @param side income or expenditure side of a two-sided table, else NONE
 * @param code classification code (201, 20113, 2011399; 30101 ...) or null
 * @param name the row's name as published, repaired of extraction artifacts
 * @param altName the second name of a row where the table has two (table 6: the 政府预算 economic name), or null
 * @param level nesting level: 1 for 类 / department / top rows, 2 for 款 / unit, 3 for 项 / project
 * @param key canonical key of a special row ({@link RowKeys}), or null
 * @param amounts published amounts keyed by canonical column name ({@link Columns}); blank cells are absent
 * @param source where the row was read
 * @param lineNumber the printed 行次 of the row (final-accounts tables 01, 04 and 10), or null
 */
public record TableRow(Side side, String code, String name, String altName, int level, String key,
                       Map<String, BigDecimal> amounts, SourceRef source, Integer lineNumber) {

    public TableRow {
        side = side == null ? Side.NONE : side;
        amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        source = source == null ? SourceRef.NONE : source;
    }

    /** A row without a printed 行次 (every budget table). */
    public TableRow(Side side, String code, String name, String altName, int level, String key,
                    Map<String, BigDecimal> amounts, SourceRef source) {
        this(side, code, name, altName, level, key, amounts, source, null);
    }

    /** A copy with one cell changed; a null value blanks the cell. */
    public TableRow withAmount(String column, BigDecimal value) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>(amounts);
        if (value == null) {
            copy.remove(column);
        } else {
            copy.put(column, value);
        }
        return new TableRow(side, code, name, altName, level, key, copy, source, lineNumber);
    }

    public TableRow withName(String value) {
        return new TableRow(side, code, value, altName, level, key, amounts, source, lineNumber);
    }

    /** The amount in a column, or zero when the cell is blank (an empty cell means zero). */
    public BigDecimal amount(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }

    /** Whether the column has a published value (not blank). */
    public boolean has(String column) {
        return amounts.containsKey(column);
    }

    public boolean isKey(String rowKey) {
        return rowKey.equals(key);
    }
}
