package io.gongkai.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerturbationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "847.18, 847.81", "1554.77, 1557.47", "572, 527", "5.00, 0.50", "0.51, 0.15", "100, 10",
            "228.51, 228.15", "79, 97", "-25.39, -25.93", "0, 1", "0.00, 1.00", "3, 4", "11.11, 12.11"})
    void transposesTheRightmostPairOfDifferentDigits(String printed, String expected) {
        BigDecimal changed = Perturbation.TRANSPOSE_DIGITS.apply(new BigDecimal(printed));
        assertThat(changed.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"847.18, 848.18", "0, 1", "0.00, 1.00", "79, 80", "-25.39, -26.39"})
    void addsOneInTheUnitsPlace(String printed, String expected) {
        assertThat(Perturbation.PLUS_ONE.apply(new BigDecimal(printed)).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"847.18, 931.90", "572, 629", "0.00, 0.01", "0.04, 0.05", "3, 4", "-1.20, -1.32"})
    void addsTenPerCentRoundedToThePrintedScale(String printed, String expected) {
        assertThat(Perturbation.PLUS_TEN_PERCENT.apply(new BigDecimal(printed)).toPlainString())
                .isEqualTo(expected);
    }

    @Test
    void neverLeavesThePrintedValueEqualAndKeepsItsScale() {
        for (Perturbation p : Perturbation.values()) {
            for (int cents = -2000; cents <= 20000; cents += 7) {
                for (int scale = 0; scale <= 2; scale++) {
                    BigDecimal printed = BigDecimal.valueOf(cents, scale);
                    BigDecimal changed = p.apply(printed);
                    assertThat(changed.compareTo(printed)).as("%s of %s", p, printed).isNotZero();
                    assertThat(changed.scale()).as("%s of %s", p, printed).isEqualTo(scale);
                }
            }
        }
    }
}
