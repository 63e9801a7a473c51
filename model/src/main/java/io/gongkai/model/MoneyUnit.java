package io.gongkai.model;

import java.math.BigDecimal;

/** The unit a money amount is published in. Tables use 万元; performance-goal tables use 元. */
public enum MoneyUnit {
    /** 万元: ten thousand yuan, the unit of every standard table. */
    WAN_YUAN("万元", new BigDecimal("10000")),
    /** 元: yuan, the unit of performance-goal tables. */
    YUAN("元", BigDecimal.ONE);

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    /** The Chinese label as printed (万元, 元). */
    public String label() {
        return label;
    }

    /** How many yuan one of this unit is worth. */
    public BigDecimal yuan() {
        return yuan;
    }

    /** Parses 万元 or 元; returns null for anything else. */
    public static MoneyUnit fromLabel(String label) {
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label)) {
                return unit;
            }
        }
        return null;
    }
}
