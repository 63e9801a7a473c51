package io.gongkai.ingest.table;

import io.gongkai.model.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic a row of a table obeys, used to put numbers into the right columns when blank cells vanished.
 * A total column equals the sum of its part columns; other columns are free. Works over rounded values
 * ({@link Rounding}). Columns are named canonically and resolved against a table's printed order.
 *
 * @param total the name of the total column, or null when the row has no identity
 * @param parts the names of the columns that add up to the total
 */
record RowIdentity(String total, List<String> parts) {

    static final RowIdentity NONE = new RowIdentity(null, List.of());

    RowIdentity {
        parts = List.copyOf(parts);
    }

    static RowIdentity sum(String total, String... parts) {
        return new RowIdentity(total, List.of(parts));
    }

    /** Whether values placed in printed columns (null = blank = zero) satisfy the identity. */
    boolean holds(List<String> order, BigDecimal[] columns) {
        return in(order).holds(columns);
    }

    /** The identity resolved against a table's printed column order, to be tested on many placements. */
    Resolved in(List<String> order) {
        int totalAt = total == null ? -1 : order.indexOf(total);
        int[] partAt = new int[parts.size()];
        int count = 0;
        for (String part : parts) {
            int at = order.indexOf(part);
            if (at >= 0) {
                partAt[count++] = at;
            }
        }
        return new Resolved(totalAt, java.util.Arrays.copyOf(partAt, count));
    }

    /**
     * A row identity with its columns looked up in one printed order.
     *
     * @param totalAt the printed index of the total column, or -1 when the order lacks it (the identity then holds)
     * @param partAt the printed indexes of the part columns the order has, in the identity's order
     */
    record Resolved(int totalAt, int[] partAt) {

        /** Whether values placed in printed columns (null = blank = zero) satisfy the identity. */
        boolean holds(BigDecimal[] columns) {
            if (totalAt < 0) {
                return true;
            }
            List<BigDecimal> present = new ArrayList<>(partAt.length);
            for (int at : partAt) {
                if (columns[at] != null) {
                    present.add(columns[at]);
                }
            }
            if (columns[totalAt] == null) {
                return present.stream().allMatch(v -> v.signum() == 0);
            }
            return Rounding.sumMatches(columns[totalAt], present);
        }
    }
}
