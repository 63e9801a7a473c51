package io.gongkai.ingest.goals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes an indicator value (指标值) takes: a number with an optional comparator and unit ({@code ≥8个},
 * {@code 100%}, {@code 200元/人/天}, {@code ≤15万元}), or a qualitative target from a closed vocabulary
 * ({@code 及时}, {@code 提高}, {@code 明显提升}, {@code 传承、发扬}). Matching runs over compact text (no whitespace),
 * because wrapped cells break values anywhere ({@code 238040.6\n6 元}).
 */
final class IndicatorValues {

    /** How a value was recognised; a qualitative word glued to a name is weaker evidence than a number. */
    enum Shape { NUMERIC, QUALITATIVE }

    private static final String COMPARATOR = "(?:>=|<=|[≥≤<>＜＞=＝≧≦]|不低于|不少于|不高于|不超过|不大于|不小于"
            + "|大于等于|小于等于|大于|小于|高于|低于|达到|超过|约)";
    private static final String NUMBER = "(?:\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?|\\.\\d+)";
    private static final String BASE_UNIT = "(?:元|人次|户次|个月|个|人|户|家|场|名|次|本|套|台|辆|件|项|所|座|处|间|批"
            + "|份|篇|册|张|条|期|届|年|月|天|日|周|小时|分钟|学时|课时|平方米|平米|㎡|亩|公顷|公里|千米|米|吨|立方米"
            + "|株|棵|头|只|盏|块|部|栋|幢|节|门|类|种|所|校|村|乡|镇|万|千|亿|倍|分)";
    private static final String UNIT = "(?:[%％‰]|(?:万|亿|千)?" + BASE_UNIT + ")";
    private static final String PER = "(?:[/／\\\\](?:" + NUMBER + ")?" + UNIT + ")";
    private static final Pattern NUMERIC = Pattern.compile(COMPARATOR + "?" + NUMBER
            + "(?:[-~～至]" + NUMBER + ")?" + UNIT + "?" + PER + "*");

    private static final String QUALITY_PREFIX = "(?:不断|进一步|逐步|持续|明显|显著|有效|大幅|稳步|全面|基本|较大|较好"
            + "|大力|更加|逐年|有所|得到|切实|充分|不断地)";
    private static final String QUALITY_WORD = "(?:及时|准时|按时|按期|提高|提升|增强|增加|增长|改善|改进|稳定|完善|健全"
            + "|保障|促进|发展|维护|密切|紧密|降低|减少|下降|规范|有效|合格|达标|优良|良好|优秀|显著|明显|满意|巩固|传承"
            + "|发扬|加强|扩大|推进|落实|完成|实现|确保|保持|长期|持续|安全|正常|准确|可控|扩大|发挥|优化|加快|带动"
            + "|推动|缓解|改观|强化|成效|见效|到位|合规|规范化|全覆盖|零事故|零投诉)";
    private static final Pattern QUALITATIVE = Pattern.compile(QUALITY_PREFIX + "?" + QUALITY_WORD
            + "(?:[、，,和及与]" + QUALITY_PREFIX + "?" + QUALITY_WORD + ")*");
    /** One-character targets, only believed when they stand in a cell of their own. */
    private static final Pattern SINGLE = Pattern.compile("[是否有无优良高强好]");

    private IndicatorValues() {
    }

    /**
     * The end of the longest value of the given shape starting at {@code start}, or -1.
     *
     * @param text compact text
     */
    static int numericEnd(CharSequence text, int start, int end) {
        return lookingAt(NUMERIC, text, start, end);
    }

    /** The end of a qualitative value starting at {@code start}, or -1. */
    static int qualitativeEnd(CharSequence text, int start, int end) {
        return lookingAt(QUALITATIVE, text, start, end);
    }

    /** The end of a one-character target (是, 否, 无 …) at {@code start}, or -1. */
    static int singleEnd(CharSequence text, int start, int end) {
        return lookingAt(SINGLE, text, start, end);
    }

    /** Whether {@code [start, end)} is exactly a numeric value. */
    static boolean isNumeric(CharSequence text, int start, int end) {
        return matches(NUMERIC, text, start, end);
    }

    /** Whether {@code [start, end)} is exactly a qualitative value. */
    static boolean isQualitative(CharSequence text, int start, int end) {
        return matches(QUALITATIVE, text, start, end);
    }

    /** Whether the whole compact text is a value of some shape. */
    static boolean isValue(String compact) {
        int n = compact.length();
        return n > 0 && (numericEnd(compact, 0, n) == n || qualitativeEnd(compact, 0, n) == n
                || singleEnd(compact, 0, n) == n);
    }

    /** Whether a value of some shape starts at {@code start}. */
    static boolean startsValue(CharSequence text, int start, int end) {
        return start < end && (numericEnd(text, start, end) > start || qualitativeEnd(text, start, end) > start);
    }

    private static boolean matches(Pattern pattern, CharSequence text, int start, int end) {
        if (start >= end) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        m.region(start, end);
        return m.matches();
    }

    private static int lookingAt(Pattern pattern, CharSequence text, int start, int end) {
        if (start >= end) {
            return -1;
        }
        Matcher m = pattern.matcher(text);
        m.region(start, end);
        return m.lookingAt() && m.end() > start ? m.end() : -1;
    }
}
