package io.gongkai.author.derive;

import io.gongkai.model.FactKind;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the narrative (情况说明) one phrase at a time and records, for each number it prints, the fact a reader
 * finds there: what kind of number it is, what it is about (the subject as the text words it) and the sub-section
 * it stands in. A section's text is its paragraphs, one per line; a sub-section starts a paragraph with （一） or
 * 1、.
 */
final class NarrativeBuilder {

    private final List<NarrativeSection> sections = new ArrayList<>();
    private final List<NarrativeFact> facts = new ArrayList<>();
    private String number;
    private String title;
    private String label;
    private final StringBuilder text = new StringBuilder();

    /** Starts a numbered section (一 … 十二). */
    NarrativeBuilder section(String sectionNumber, String sectionTitle) {
        finish();
        number = sectionNumber;
        title = sectionTitle;
        label = sectionNumber;
        return this;
    }

    /** Starts a sub-section paragraph with its marker: {@code （一）} labels facts {@code 五(一)}, {@code 1、} {@code 十(1)}. */
    NarrativeBuilder sub(String marker, String subTitle) {
        paragraph();
        String ordinal = marker.replaceAll("[（）()、]", "");
        label = number + "(" + ordinal + ")";
        text.append(marker).append(subTitle);
        return paragraph();
    }

    /** Ends the current paragraph. */
    NarrativeBuilder paragraph() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        return this;
    }

    NarrativeBuilder text(String words) {
        text.append(words);
        return this;
    }

    /** {@code subject} followed by the amount in 万元 (预算收入总计810.58万元). */
    NarrativeBuilder amount(String subject, BigDecimal yuan) {
        BigDecimal wan = Wan.of(yuan);
        boolean nothing = yuan.signum() == 0;
        text.append(subject).append(Wan.text(wan, nothing)).append("万元");
        return fact(FactKind.AMOUNT, subject, Wan.fact(wan, nothing), "万元");
    }

    /** 占X% of the amount just stated about {@code subject}. */
    NarrativeBuilder share(String subject, BigDecimal part, BigDecimal whole) {
        return share("占", subject, part, whole);
    }

    /** A share printed after its own words (占部门（单位）项目支出总额的X%). */
    NarrativeBuilder share(String prefix, String subject, BigDecimal part, BigDecimal whole) {
        BigDecimal percent = Wan.percent(part, whole);
        boolean nothing = part.signum() == 0 || whole.signum() == 0;
        text.append(prefix).append(Wan.text(percent, nothing)).append('%');
        return fact(FactKind.SHARE, subject, Wan.fact(percent, nothing), "%");
    }

    /** 增加X万元 / 减少X万元 of {@code subject}; the change in yuan is signed. */
    NarrativeBuilder change(String subject, BigDecimal changeYuan) {
        BigDecimal wan = Wan.of(changeYuan.abs());
        boolean nothing = changeYuan.signum() == 0;
        text.append(changeYuan.signum() < 0 ? "减少" : "增加").append(Wan.text(wan, nothing)).append("万元");
        BigDecimal value = Wan.fact(wan, nothing);
        return fact(FactKind.CHANGE, subject, changeYuan.signum() < 0 ? value.negate() : value, "万元");
    }

    /** 增长X% / 下降X% of {@code subject}. */
    NarrativeBuilder rate(String subject, BigDecimal changeYuan, BigDecimal lastYuan) {
        BigDecimal percent = Wan.percent(changeYuan.abs(), lastYuan);
        boolean nothing = changeYuan.signum() == 0;
        text.append(changeYuan.signum() < 0 ? "下降" : "增长").append(Wan.text(percent, nothing)).append('%');
        BigDecimal value = Wan.fact(percent, nothing);
        return fact(FactKind.CHANGE_RATE, subject, changeYuan.signum() < 0 ? value.negate() : value, "%");
    }

    /** {@code subject} followed by a count and its unit (公务用车编制5辆). */
    NarrativeBuilder count(String printed, String subject, long count, String unit) {
        text.append(printed).append(count).append(unit);
        return fact(FactKind.COUNT, subject, BigDecimal.valueOf(count), unit);
    }

    /** {@code subject} followed by a physical quantity (办公用房建筑总面积1200平方米). */
    NarrativeBuilder quantity(String subject, BigDecimal value, String unit) {
        text.append(subject).append(value.stripTrailingZeros().toPlainString()).append(unit);
        return fact(FactKind.QUANTITY, subject, new BigDecimal(value.stripTrailingZeros().toPlainString()), unit);
    }

    private NarrativeBuilder fact(FactKind kind, String subject, BigDecimal value, String unit) {
        facts.add(new NarrativeFact(label, kind, subject, value, unit, SourceRef.NONE));
        return this;
    }

    Narrative build() {
        finish();
        return new Narrative(sections, facts);
    }

    private void finish() {
        if (number != null) {
            sections.add(new NarrativeSection(number, title, text.toString().strip(), SourceRef.NONE));
        }
        number = null;
        text.setLength(0);
    }
}
