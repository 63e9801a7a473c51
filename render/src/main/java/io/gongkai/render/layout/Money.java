package io.gongkai.render.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts are printed in tables: 万元 with two decimals, no grouping (1554.77), blank for no value. */
public final class Money {

    private Money() {
    }

    /** The amount with at least two decimals as printed, "" for null. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount).toPlainString();
    }
}
