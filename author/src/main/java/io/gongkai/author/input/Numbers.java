package io.gongkai.author.input;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads an amount typed by a person: 1,234.56 or 1234.56 or ¥1234; nothing else is a number. */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

    private Numbers() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace("¥", "").replace("￥", "").replace("元", "").strip();
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(normal(new BigDecimal(s.replace(",", ""))));
    }

    /** The value without trailing zeros of the fraction (1285600.0 → 1285600, 20000.50 → 20000.5). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
