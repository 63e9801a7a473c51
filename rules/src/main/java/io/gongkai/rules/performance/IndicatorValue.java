package io.gongkai.rules.performance;

import io.gongkai.catalog.text.CharacterNormalizer;
import io.gongkai.model.Indicator;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 指标值 read as a bound, a number and a unit: {@code ≥8个}, {@code 2.8万元/人}, {@code <10017元/年},
 * {@code 95%以上}. Values without a leading number (及时, 稳定, 10月31日前 is read as 10 with unit 月…) are
 * handled by the callers through {@link #unit()}.
 *
 * @param bound how the number bounds the target
 * @param number the printed number
 * @param unit the unit before any {@code /} (万元, 元, 人, %, 万亩)
 * @param per the units after {@code /}, in order (人, 年)
 */
record IndicatorValue(Bound bound, BigDecimal number, String unit, List<String> per) {

    /** How a printed number bounds the target. */
    enum Bound {
        EXACT, AT_LEAST, AT_MOST;

        boolean isLower() {
            return this == AT_LEAST;
        }

        boolean isUpper() {
            return this == AT_MOST;
        }
    }

    private static final Pattern VALUE = Pattern.compile(
            "^(≥|>=|≧|>|＞|≤|<=|≦|<|＜|=|不低于|不少于|不小于|大于|多于|超过|不高于|不超过|不多于|不大于|小于|少于|低于|达到)?"
                    + "(\\d+(?:\\.\\d+)?)(.*)$");
    private static final Set<String> TIME_UNITS = Set.of("年", "月", "天", "日", "季度", "季", "周");
    private static final Map<String, String> SAME_UNIT = Map.of("名", "人", "位", "人", "家", "户", "场", "次");
    private static final Pattern PER_IN_NAME = Pattern.compile("(?:每|单)(人|名|户|家|次|场|亩|本|册|个|台|套|辆|件)"
            + "|(人|户|亩|台|件)均|一次");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    IndicatorValue {
        per = List.copyOf(per);
    }

    /** Reads a printed value; empty when it does not start with a number (after an optional bound). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static Optional<IndicatorValue> parse(String printed) {
        return printed == null ? Optional.empty() : PARSED.apply(printed);
    }

    /** Values read by printed text: the same indicator values are read by many performance rules. */
    private static final io.gongkai.rules.support.TextMemo<Optional<IndicatorValue>> PARSED =
            new io.gongkai.rules.support.TextMemo<>(IndicatorValue::parseOnce);

    private static Optional<IndicatorValue> parseOnce(String printed) {
        String s = Normalizer.normalize(CharacterNormalizer.normalize(printed), Normalizer.Form.NFKC)
                .replace(",", "").replace('\\', '/');
        s = WHITESPACE.matcher(s).replaceAll("");
        Matcher m = VALUE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Bound bound = boundOf(m.group(1));
        String rest = m.group(3);
        if (rest.endsWith("以上")) {
            bound = Bound.AT_LEAST;
            rest = rest.substring(0, rest.length() - 2);
        } else if (rest.endsWith("以内") || rest.endsWith("以下")) {
            bound = Bound.AT_MOST;
            rest = rest.substring(0, rest.length() - 2);
        }
        String[] parts = rest.split("/");
        List<String> per = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                per.add(parts[i]);
            }
        }
        return Optional.of(new IndicatorValue(bound, new BigDecimal(m.group(2)), parts.length == 0 ? "" : parts[0],
                per));
    }

    private static Bound boundOf(String symbol) {
        if (symbol == null || symbol.equals("=") || symbol.equals("达到")) {
            return Bound.EXACT;
        }
        return switch (symbol) {
            case "≥", ">=", "≧", ">", "＞", "不低于", "不少于", "不小于", "大于", "多于", "超过" -> Bound.AT_LEAST;
            default -> Bound.AT_MOST;
        };
    }

    /** Whether the value is money (元, 万元). */
    boolean isMoney() {
        return unit.equals("元") || unit.equals("万元");
    }

    /** Whether the value is a percentage. */
    boolean isPercent() {
        return unit.startsWith("%");
    }

    /** The amount in 元 when the value is money, else null. */
    BigDecimal yuan() {
        if (unit.equals("元")) {
            return number;
        }
        return unit.equals("万元") ? number.multiply(TEN_THOUSAND) : null;
    }

    /** The factor that turns the printed number into 元 (1 or 10000); money values only. */
    BigDecimal yuanFactor() {
        return unit.equals("万元") ? TEN_THOUSAND : BigDecimal.ONE;
    }

    /** The quantity's base unit (万亩 → 亩, 名 → 人), or null for money and percentages. */
    String quantityUnit() {
        if (isMoney() || isPercent() || unit.isEmpty()) {
            return null;
        }
        String base = unit.startsWith("万") && unit.length() > 1 ? unit.substring(1) : unit;
        return SAME_UNIT.getOrDefault(base, base);
    }

    /** The factor of a quantity's printed unit (10000 for 万亩). */
    BigDecimal quantityFactor() {
        return unit.startsWith("万") && unit.length() > 1 ? TEN_THOUSAND : BigDecimal.ONE;
    }

    /**
     * The unit a cost is per (人 for 2.8万元/人, or for 人均 in the indicator's name), ignoring a per-year; null
     * for a total. {@code ""} when the cost is per day or month, which no quantity indicator counts.
     */
    String perUnit(String indicatorName) {
        if (per.stream().anyMatch(p -> TIME_UNITS.contains(p) && !p.equals("年"))) {
            return "";
        }
        for (String p : per) {
            if (!p.equals("年")) {
                return SAME_UNIT.getOrDefault(p, p);
            }
        }
        Matcher m = PER_IN_NAME.matcher(indicatorName == null ? "" : indicatorName);
        if (m.find()) {
            String u = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "次";
            return SAME_UNIT.getOrDefault(u, u);
        }
        return null;
    }

    /** Whether a percentage exceeds 100. */
    boolean aboveHundredPercent() {
        return isPercent() && number.compareTo(HUNDRED) > 0;
    }

    /** Whether an indicator is a cost indicator (成本指标 at level 1 or 2). */
    static boolean isCost(Indicator indicator) {
        return contains(indicator.level1(), "成本") || contains(indicator.level2(), "成本");
    }

    /** Whether an indicator is a quantity indicator (数量指标). */
    static boolean isQuantity(Indicator indicator) {
        return contains(indicator.level2(), "数量");
    }

    /** Whether the value states a number (a digit, or 百分之…). */
    static boolean hasNumber(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                return true;
            }
        }
        return value.contains("百分之");
    }

    static boolean contains(String text, String word) {
        return text != null && text.contains(word);
    }
}
