package io.gongkai.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.table.ColumnAssigner.Hint;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnAssignerTest {

    /** Table 2: total = gpb + fund + soe + special + unit; carryover stands apart. */
    private static final List<String> INCOME_COLUMNS = List.of("total", "gpb", "fund", "soe", "special", "unit",
            "carryover");
    private static final RowIdentity INCOME = RowIdentity.sum("total", "gpb", "fund", "soe", "special", "unit");
    private static final List<String> BASIC_PROJECT = List.of("total", "basic", "project");

    @Test
    void aLoneCarryoverCanOnlyBeTheCarryoverColumn() {
        ColumnAssigner.Placement p = ColumnAssigner.assign(numbers("16.93"), List.of(Hint.NONE), INCOME_COLUMNS, INCOME);

        assertThat(p.columns()).containsExactly(6);
        assertThat(p.arithmeticHolds()).isTrue();
    }

    @Test
    void arithmeticAndLeftmostPackingPlaceTotalSourceAndCarryover() {
        ColumnAssigner.Placement p = ColumnAssigner.assign(numbers("788.00", "788.00", "690.66"),
                List.of(Hint.NONE, Hint.NONE, Hint.NONE), INCOME_COLUMNS, INCOME);

        assertThat(p.columns()).containsExactly(0, 1, 6);
    }

    @Test
    void layoutHintsDecideWhenArithmeticAllowsSeveralPlacements() {
        // Table 1 expenditure: total = current + carryover; "16.93  16.93" has a blank cell between.
        RowIdentity identity = RowIdentity.sum("total", "basic", "project");
        ColumnAssigner.Placement p = ColumnAssigner.assign(numbers("16.93", "16.93"),
                List.of(new Hint(-1, 0), new Hint(-1, 1)), BASIC_PROJECT, identity);

        assertThat(p.columns()).containsExactly(0, 2);
    }

    @Test
    void roundingDifferencesStillCountAsArithmeticHolding() {
        RowIdentity identity = RowIdentity.sum("total", "basic", "project");
        ColumnAssigner.Placement p = ColumnAssigner.assign(numbers("1478.65", "216.00", "1262.66"),
                List.of(Hint.NONE, Hint.NONE, Hint.NONE), BASIC_PROJECT, identity);

        assertThat(p.arithmeticHolds()).isTrue();
    }

    @Test
    void aRowThatBreaksItsArithmeticIsPlacedByLayoutAndReported() {
        RowIdentity identity = RowIdentity.sum("total", "basic", "project");
        ColumnAssigner.Placement p = ColumnAssigner.assign(numbers("100.00", "30.00"),
                List.of(new Hint(-1, 0), new Hint(-1, 1)), BASIC_PROJECT, identity);

        assertThat(p.arithmeticHolds()).isFalse();
        assertThat(p.columns()).containsExactly(0, 2);
    }

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
