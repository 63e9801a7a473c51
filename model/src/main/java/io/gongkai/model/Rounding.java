package io.gongkai.model;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Interval arithmetic for published, rounded figures (DOMAIN.md "Money and rounding"). A displayed value v with
 * k decimals stands for the interval [v − ½·10⁻ᵏ, v + ½·10⁻ᵏ]; a blank cell is exactly zero. Two expressions are
 * consistent when their intervals overlap. There is no fixed epsilon anywhere.
 */
public final class Rounding {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Rounding() {
    }

    /** Half a unit in the last printed place of a displayed value: 0.005 for 1478.65, 0.5 for 572. */
    public static BigDecimal halfUnit(BigDecimal displayed) {
        return HALF.movePointLeft(Math.max(displayed.scale(), 0));
    }

    /** Whether a displayed total can be the rounded sum of the exact values behind the displayed parts. */
    public static boolean sumMatches(BigDecimal total, Collection<BigDecimal> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal slack = halfUnit(total);
        for (BigDecimal part : parts) {
            sum = sum.add(part);
            slack = slack.add(halfUnit(part));
        }
        return total.subtract(sum).abs().compareTo(slack) <= 0;
    }

    /** Whether two displayed values can stand for the same exact value. */
    public static boolean equalMatches(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(halfUnit(a).add(halfUnit(b))) <= 0;
    }
}
