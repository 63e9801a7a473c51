package io.gongkai.model;

import java.math.BigDecimal;

/**
 * One number stated in the narrative, with what it is about.
 *
 * @param section the narrative section it appears in: the Chinese ordinal of the section (一 … 十二), followed by
 *                the sub-section in parentheses when there is one: {@code 五(二)}, {@code 十(2)}
 * @param kind what the number states
 * @param subject what the number is about, as worded in the text (预算收入总计, 本年收入, 一般公共预算拨款收入);
 *                for SHARE, CHANGE and CHANGE_RATE the subject of the amount they qualify
 * @param value the number as printed, signed for changes
 * @param unit the printed unit: 万元, 元, %, 个, 辆, 平方米, 台（套） …
 * @param source where it was read
 */
public record NarrativeFact(String section, FactKind kind, String subject, BigDecimal value, String unit,
                            SourceRef source) {

    public NarrativeFact {
        source = source == null ? SourceRef.NONE : source;
    }

    public NarrativeFact withValue(BigDecimal value) {
        return new NarrativeFact(section, kind, subject, value, unit, source);
    }
}
