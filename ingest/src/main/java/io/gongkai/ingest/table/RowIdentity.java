package io.gongkai.ingest.table;

import io.gongkai.model.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic a row of a table obeys, used to put numbers into the right columns when blank cells vanished.
 * A total column equals the sum of its part columns; other columns are free. Works over rounded values
 * ({@link Rounding}).
 *
 * @param total the index of the total column, or -1 when the row has no identity
 * @param parts the indexes of the columns that add up to the total
 */
record RowIdentity(int total, int[] parts) {

    static final RowIdentity NONE = new RowIdentity(-1, new int[0]);

    static RowIdentity of(int total, int... parts) {
        return new RowIdentity(total, parts);
    }

    /** Whether values placed in columns (null = blank = zero) satisfy the identity. */
    boolean holds(BigDecimal[] columns) {
        if (total < 0) {
            return true;
        }
        List<BigDecimal> present = new ArrayList<>();
        for (int part : parts) {
            if (columns[part] != null) {
                present.add(columns[part]);
            }
        }
        BigDecimal t = columns[total] == null ? BigDecimal.ZERO : columns[total];
        if (columns[total] == null) {
            return present.stream().allMatch(v -> v.signum() == 0);
        }
        return Rounding.sumMatches(t, present);
    }
}
