package io.gongkai.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/** Helpers to look into table records by column name. */
final class Records {

    private Records() {
    }

    static Object value(TableSchema table, Object[] record, String column) {
        return record[table.indexOf(column)];
    }

    static Predicate<Object[]> where(TableSchema table, String column, Object expected) {
        int i = table.indexOf(column);
        return r -> expected == null ? r[i] == null : expected.equals(r[i]);
    }

    static List<Object[]> select(TableSchema table, List<Object[]> records, Object... columnValuePairs) {
        Predicate<Object[]> all = r -> true;
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            all = all.and(where(table, (String) columnValuePairs[i], columnValuePairs[i + 1]));
        }
        return records.stream().filter(all).toList();
    }

    static Object[] only(TableSchema table, List<Object[]> records, Object... columnValuePairs) {
        List<Object[]> found = select(table, records, columnValuePairs);
        if (found.size() != 1) {
            throw new AssertionError("expected one record of " + table.name() + " but found " + found.size());
        }
        return found.get(0);
    }

    /** A decimal compared by value (Parquet returns scale 4, CSV the published scale). */
    static BigDecimal decimal(TableSchema table, Object[] record, String column) {
        BigDecimal value = (BigDecimal) value(table, record, column);
        return value == null ? null : value.stripTrailingZeros();
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text).stripTrailingZeros();
    }
}
