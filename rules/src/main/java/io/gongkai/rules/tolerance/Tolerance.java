package io.gongkai.rules.tolerance;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Judges published, rounded figures against identities with interval arithmetic: each displayed value stands
 * for [v − ½·10⁻ᵏ, v + ½·10⁻ᵏ], a blank cell for exactly zero. An identity holds exactly, holds within rounding
 * (尾数误差), or is contradicted. There is no fixed epsilon anywhere.
 */
public final class Tolerance {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tolerance() {
    }

    /** A displayed total against displayed parts (blank parts are left out: they are exact zeros). */
    public static Agreement sum(BigDecimal total, Collection<BigDecimal> parts) {
        BigDecimal exact = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            exact = exact.add(part);
        }
        if (total.compareTo(exact) == 0) {
            return Agreement.EXACT;
        }
        // Only a sum that is not exact needs its interval (most published sums are exact).
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (BigDecimal part : parts) {
            sum = sum.plus(Interval.displayed(part));
        }
        return Interval.displayed(total).overlaps(sum) ? Agreement.ROUNDING : Agreement.CONTRADICTS;
    }

    /** Two displayed figures that should be the same value. */
    public static Agreement equal(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return Agreement.EXACT;
        }
        return Interval.displayed(a).overlaps(Interval.displayed(b)) ? Agreement.ROUNDING : Agreement.CONTRADICTS;
    }

    /** A displayed figure that may not exceed another: {@code a ≤ b} for some true values behind them. */
    public static Agreement atMost(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) <= 0) {
            return Agreement.EXACT;
        }
        return Interval.displayed(a).lo().compareTo(Interval.displayed(b).hi()) <= 0 ? Agreement.ROUNDING
                : Agreement.CONTRADICTS;
    }

    /** Two figures in different units: {@code displayedA × factor} should equal {@code b} (万元 × 10000 = 元). */
    public static Agreement scaled(BigDecimal a, BigDecimal factor, BigDecimal b) {
        if (a.multiply(factor).compareTo(b) == 0) {
            return Agreement.EXACT;
        }
        return Interval.displayed(a).times(factor).overlaps(Interval.displayed(b)) ? Agreement.ROUNDING
                : Agreement.CONTRADICTS;
    }

    /** A displayed percentage share (占X%) of a part in a whole. */
    public static Agreement share(BigDecimal percent, BigDecimal part, BigDecimal whole) {
        return percentOf(percent, Interval.displayed(part), Interval.displayed(whole));
    }

    /**
     * A displayed year-on-year rate (增长B%, signed) against the change (增加A, signed) and this year's figure: the
     * rate is change ÷ (this year − change).
     */
    public static Agreement rate(BigDecimal percent, BigDecimal change, BigDecimal thisYear) {
        Interval a = Interval.displayed(change);
        Interval lastYear = Interval.displayed(thisYear).minus(a);
        return percentOf(percent, a, lastYear);
    }

    /** A displayed rate against the change and last year's figure directly. */
    public static Agreement rateOnLastYear(BigDecimal percent, BigDecimal change, BigDecimal lastYear) {
        return percentOf(percent, Interval.displayed(change), Interval.displayed(lastYear));
    }

    private static Agreement percentOf(BigDecimal percent, Interval numerator, Interval denominator) {
        Interval ratio = numerator.dividedBy(denominator);
        if (ratio == null) {
            return Agreement.ROUNDING;
        }
        Interval computed = ratio.times(HUNDRED);
        // A percentage printed with decimals is rounded even at zero: 0.02 of 812.53 is 0.0025%, printed 0.00%.
        Interval shown = percent.signum() == 0 && percent.scale() > 0
                ? Interval.around(percent) : Interval.displayed(percent);
        if (!computed.overlaps(shown)) {
            return Agreement.CONTRADICTS;
        }
        BigDecimal best = computed.mid().setScale(Math.max(percent.scale(), 0), java.math.RoundingMode.HALF_UP);
        return best.compareTo(percent) == 0 ? Agreement.EXACT : Agreement.ROUNDING;
    }

    /** The exact percentage from printed figures, rounded to the printed scale of {@code like}. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, BigDecimal like) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, Math.max(like.scale(), 0), java.math.RoundingMode.HALF_UP);
    }
}
