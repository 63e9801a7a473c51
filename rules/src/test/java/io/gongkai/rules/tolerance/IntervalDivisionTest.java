package io.gongkai.rules.tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Interval#dividedBy} divides only the two corners that bound the quotient; its bounds must be those of all
 * four corner quotients, as the interval rule defines them.
 */
class IntervalDivisionTest {

    @Test
    void boundsAreTheLeastAndGreatestOfTheFourCornerQuotients() {
        Random random = new Random(20261122);
        int divided = 0;
        for (int k = 0; k < 50_000; k++) {
            Interval numerator = randomInterval(random);
            Interval divisor = randomInterval(random);
            Interval quotient = numerator.dividedBy(divisor);
            if (divisor.contains(BigDecimal.ZERO)) {
                assertThat(quotient).isNull();
                continue;
            }
            divided++;
            BigDecimal[] corners = {
                numerator.lo().divide(divisor.lo(), Interval.QUOTIENT),
                numerator.lo().divide(divisor.hi(), Interval.QUOTIENT),
                numerator.hi().divide(divisor.lo(), Interval.QUOTIENT),
                numerator.hi().divide(divisor.hi(), Interval.QUOTIENT)};
            BigDecimal min = corners[0];
            BigDecimal max = corners[0];
            for (BigDecimal c : corners) {
                min = min.min(c);
                max = max.max(c);
            }
            String what = numerator + " / " + divisor;
            assertThat(quotient.lo()).as(what).isEqualByComparingTo(min);
            assertThat(quotient.hi()).as(what).isEqualByComparingTo(max);
        }
        assertThat(divided).isGreaterThan(20_000);
    }

    @Test
    void aDisplayedRateIsBoundedByItsCorners() {
        // 增长 from 80.00 to 100.00: change 20.00 over last year's 80.00 (each ± 0.005)
        Interval change = Interval.displayed(new BigDecimal("20.00"));
        Interval lastYear = Interval.displayed(new BigDecimal("80.00"));
        Interval rate = change.dividedBy(lastYear);
        assertThat(rate.lo()).isEqualByComparingTo(new BigDecimal("19.995").divide(new BigDecimal("80.005"),
                Interval.QUOTIENT));
        assertThat(rate.hi()).isEqualByComparingTo(new BigDecimal("20.005").divide(new BigDecimal("79.995"),
                Interval.QUOTIENT));
    }

    private static Interval randomInterval(Random random) {
        BigDecimal a = BigDecimal.valueOf(random.nextInt(4001) - 2000, random.nextInt(3));
        BigDecimal b = random.nextInt(4) == 0 ? a : BigDecimal.valueOf(random.nextInt(4001) - 2000,
                random.nextInt(3));
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
    }
}
