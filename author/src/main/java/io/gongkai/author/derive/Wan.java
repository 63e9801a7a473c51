package io.gongkai.author.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the official budget system prints money and ratios: every displayed figure is rounded half-up from the exact
 * yuan behind it, never summed from other displayed figures, so a displayed total may differ from the sum of its
 * displayed parts by a cent or two (尾数误差), which the rules' interval tolerance accepts.
 */
public final class Wan {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Wan() {
    }

    /** Exact yuan as displayed 万元 with two decimals (1,554,770.49元 → 155.48). */
    public static BigDecimal of(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** A share in percent of exact amounts, two decimals; zero when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /**
     * The value as the narrative prints it: two decimals, but a plain 0 for nothing at all (政府性基金预算拨款收入0万元,
     * 占0%), as the samples do; a little that rounds to nothing stays 0.00.
     */
    public static String text(BigDecimal displayed, boolean nothing) {
        return nothing ? "0" : displayed.toPlainString();
    }

    /** The value as the narrative's fact holds it: the printed text read back as a number. */
    public static BigDecimal fact(BigDecimal displayed, boolean nothing) {
        return new BigDecimal(text(displayed, nothing));
    }

    /** Yuan as the goal tables print them: thousands separators, decimals only when there are fen (238,040.66). */
    public static String yuanText(BigDecimal yuan) {
        BigDecimal v = yuan.setScale(2, RoundingMode.HALF_UP);
        boolean whole = v.remainder(BigDecimal.ONE).signum() == 0;
        java.text.DecimalFormat format = new java.text.DecimalFormat(whole ? "#,##0" : "#,##0.00");
        return format.format(v);
    }
}
