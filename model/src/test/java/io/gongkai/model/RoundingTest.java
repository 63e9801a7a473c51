package io.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void publishedRoundingDifferenceIsConsistent() {
        // DOMAIN.md: 788.00 + 690.66 is published as 1478.65.
        assertThat(Rounding.sumMatches(new BigDecimal("1478.65"),
                List.of(new BigDecimal("788.00"), new BigDecimal("690.66")))).isTrue();
    }

    @Test
    void aDifferenceBeyondTheIntervalsIsNot() {
        assertThat(Rounding.sumMatches(new BigDecimal("1478.68"),
                List.of(new BigDecimal("788.00"), new BigDecimal("690.66")))).isFalse();
    }

    @Test
    void intervalsWidenWithTheNumberOfParts() {
        List<BigDecimal> parts = List.of(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.01"),
                new BigDecimal("0.01"));
        // Each part may be as much as 0.014999 exactly; their sum up to 0.0599 rounds to 0.06.
        assertThat(Rounding.sumMatches(new BigDecimal("0.06"), parts)).isTrue();
        assertThat(Rounding.sumMatches(new BigDecimal("0.07"), parts)).isFalse();
    }

    @Test
    void halfUnitFollowsThePrintedScale() {
        assertThat(Rounding.halfUnit(new BigDecimal("572"))).isEqualByComparingTo("0.5");
        assertThat(Rounding.halfUnit(new BigDecimal("572.00"))).isEqualByComparingTo("0.005");
        assertThat(Rounding.equalMatches(new BigDecimal("572"), new BigDecimal("572.40"))).isTrue();
        assertThat(Rounding.equalMatches(new BigDecimal("572.00"), new BigDecimal("572.40"))).isFalse();
    }
}
