package io.gongkai.rules.tolerance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A closed interval of exact decimals: the set of true values a published, rounded figure can stand for.
 * Arithmetic on intervals bounds every result the true values could give (DOMAIN.md "Money and rounding").
 *
 * @param lo the lower bound
 * @param hi the upper bound, not below {@code lo}
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    /** Precision of quotients; far finer than any published figure. */
    static final MathContext QUOTIENT = MathContext.DECIMAL64;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public Interval {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /**
     * The values a displayed figure stands for: ± half a unit in its last printed place. A zero stands for
     * exactly zero: a blank cell is zero, and documents print 0 and 0.00 for "none", not for a rounded amount.
     */
    public static Interval displayed(BigDecimal value) {
        if (value.signum() == 0) {
            return exact(value);
        }
        BigDecimal half = halfUnit(value);
        return new Interval(value.subtract(half), value.add(half));
    }

    /** ± half a unit in the last printed place, zero included (a percentage printed 0.00 that was rounded). */
    public static Interval around(BigDecimal value) {
        BigDecimal half = halfUnit(value);
        return new Interval(value.subtract(half), value.add(half));
    }

    /** An exact value (a blank cell, a count, a constant). */
    public static Interval exact(BigDecimal value) {
        return new Interval(value, value);
    }

    /** Half a unit in the last printed place: 0.005 for 1478.65, 0.5 for 79 (as in 增长79%). */
    public static BigDecimal halfUnit(BigDecimal displayed) {
        return HALF.movePointLeft(Math.max(displayed.scale(), 0));
    }

    public Interval plus(Interval other) {
        return new Interval(lo.add(other.lo), hi.add(other.hi));
    }

    public Interval minus(Interval other) {
        return new Interval(lo.subtract(other.hi), hi.subtract(other.lo));
    }

    public Interval times(BigDecimal factor) {
        BigDecimal a = lo.multiply(factor);
        BigDecimal b = hi.multiply(factor);
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
    }

    public Interval times(Interval other) {
        BigDecimal[] products = {lo.multiply(other.lo), lo.multiply(other.hi), hi.multiply(other.lo),
            hi.multiply(other.hi)};
        BigDecimal min = products[0];
        BigDecimal max = products[0];
        for (BigDecimal p : products) {
            min = min.min(p);
            max = max.max(p);
        }
        return new Interval(min, max);
    }

    /** This divided by a divisor that does not contain zero; null when it does (the quotient is unbounded). */
    public Interval dividedBy(Interval divisor) {
        if (divisor.contains(BigDecimal.ZERO)) {
            return null;
        }
        // The bounds are two of the four corner quotients, chosen by the signs (rounding to QUOTIENT's precision
        // keeps their order): a divisor above zero puts the least quotient at lo, one below zero at hi.
        BigDecimal min;
        BigDecimal max;
        if (divisor.lo.signum() > 0) {
            min = lo.divide(lo.signum() >= 0 ? divisor.hi : divisor.lo, QUOTIENT);
            max = hi.divide(hi.signum() >= 0 ? divisor.lo : divisor.hi, QUOTIENT);
        } else {
            min = hi.divide(hi.signum() >= 0 ? divisor.hi : divisor.lo, QUOTIENT);
            max = lo.divide(lo.signum() >= 0 ? divisor.lo : divisor.hi, QUOTIENT);
        }
        return new Interval(min, max);
    }

    public boolean contains(BigDecimal value) {
        return lo.compareTo(value) <= 0 && value.compareTo(hi) <= 0;
    }

    public boolean overlaps(Interval other) {
        return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0;
    }

    /** The middle of the interval, the best single estimate. */
    public BigDecimal mid() {
        return lo.add(hi).divide(BigDecimal.valueOf(2), QUOTIENT);
    }
}
