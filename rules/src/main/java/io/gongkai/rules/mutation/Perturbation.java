package io.gongkai.rules.mutation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How a published figure is changed to make a mutant: one deterministic change per value, keeping the printed
 * scale (847.18 stays two decimals, 572 stays whole) and never leaving the printed value equal. Signed figures
 * (比上年减少25.39万元 is −25.39) are changed in their printed magnitude and keep their sign.
 */
public enum Perturbation {

    /**
     * A transposition of two adjacent digits, the commonest copying slip: the rightmost pair of adjacent digits
     * that differ is swapped, the decimal point staying where it was (847.18 → 847.81, 1554.77 → 1557.47,
     * 572 → 527, 5.00 → 0.50, 0.51 → 0.15, 100 → 10). The rightmost pair gives the smallest such change, so this
     * is the hardest transposition to notice. A figure without two different digits (0, 0.00, 3, 11.11) cannot
     * be transposed; it gets {@link #PLUS_ONE} instead (0.00 → 1.00, 3 → 4).
     */
    TRANSPOSE_DIGITS("相邻两位数字互换（无法互换时加 1）", "adjacent-digit transposition (+1 when impossible)"),

    /** One more in the units place: 847.18 → 848.18, 0 → 1, 79% → 80%, −25.39 → −26.39. */
    PLUS_ONE("个位加 1", "plus one"),

    /**
     * Ten per cent more, rounded half-up to the printed scale: 847.18 → 931.90, 572 → 629; when that rounds back
     * to the printed value (0.00, 0.04, 3) one unit in the last printed place is added instead (0.01, 0.05, 4).
     */
    PLUS_TEN_PERCENT("增加 10%（舍入到原小数位）", "plus ten per cent");

    private static final BigDecimal TEN_PERCENT_MORE = new BigDecimal("1.1");

    private final String label;
    private final String englishLabel;

    Perturbation(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /** The Chinese description. */
    public String label() {
        return label;
    }

    /** The English description. */
    public String englishLabel() {
        return englishLabel;
    }

    /** The changed figure: same scale as printed, always a different printed value. */
    public BigDecimal apply(BigDecimal printed) {
        BigDecimal value = printed.scale() < 0 ? printed.setScale(0) : printed;
        BigDecimal magnitude = value.abs();
        BigDecimal changed = switch (this) {
            case TRANSPOSE_DIGITS -> transposed(magnitude);
            case PLUS_ONE -> plusOne(magnitude);
            case PLUS_TEN_PERCENT -> tenPercentMore(magnitude);
        };
        return value.signum() < 0 ? changed.negate() : changed;
    }

    private static BigDecimal plusOne(BigDecimal magnitude) {
        return magnitude.add(BigDecimal.ONE);
    }

    private static BigDecimal tenPercentMore(BigDecimal magnitude) {
        BigDecimal more = magnitude.multiply(TEN_PERCENT_MORE).setScale(magnitude.scale(), RoundingMode.HALF_UP);
        return more.compareTo(magnitude) != 0 ? more : magnitude.add(magnitude.ulp());
    }

    private static BigDecimal transposed(BigDecimal magnitude) {
        int scale = magnitude.scale();
        StringBuilder digits = new StringBuilder(magnitude.unscaledValue().toString());
        while (digits.length() < scale + 1) {
            digits.insert(0, '0');
        }
        for (int i = digits.length() - 2; i >= 0; i--) {
            char left = digits.charAt(i);
            char right = digits.charAt(i + 1);
            if (left != right) {
                digits.setCharAt(i, right);
                digits.setCharAt(i + 1, left);
                return new BigDecimal(new BigInteger(digits.toString()), scale);
            }
        }
        return plusOne(magnitude);
    }
}
