package io.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact money amount with its unit. Never a {@code double}.
 *
 * @param value the published value, with the scale it was printed with (1,554.77 has scale 2)
 * @param unit 万元 or 元
 */
public record Amount(BigDecimal value, MoneyUnit unit) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Amount wan(String value) {
        return new Amount(new BigDecimal(value), MoneyUnit.WAN_YUAN);
    }

    public static Amount yuan(String value) {
        return new Amount(new BigDecimal(value), MoneyUnit.YUAN);
    }

    /** The same amount expressed in another unit, exactly. */
    public Amount in(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal yuan = value.multiply(unit.yuan());
        BigDecimal converted = yuan.divide(target.yuan());
        return new Amount(converted.stripTrailingZeros().scale() < 0
                ? converted.setScale(0) : converted, target);
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.label();
    }
}
