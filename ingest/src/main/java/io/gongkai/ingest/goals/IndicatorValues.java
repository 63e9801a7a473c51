package io.gongkai.ingest.goals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes an indicator value (指标值) takes: a number with an optional comparator and unit ({@code ≥8个},
 * {@code 100%}, {@code 200元/人/天}, {@code ≤15万元}), a date or deadline ({@code 10月31日前}, {@code 6月底前},
 * {@code 2024年12月31日前}, {@code 3个工作日内}, {@code 年底前}), or a qualitative target from a closed vocabulary
 * ({@code 及时}, {@code 提高}, {@code 明显提升}, {@code 传承、发扬}). Dates and durations that start with a digit count
 * as numbers; worded deadlines ({@code 年底前}) count as qualitative targets. Matching runs over compact text (no
 * whitespace), because wrapped cells break values anywhere ({@code 238040.6\n6 元}).
 */
final class IndicatorValues {

    /** How a value was recognised; a qualitative word glued to a name is weaker evidence than a number. */
    enum Shape { NUMERIC, QUALITATIVE }

    private static final String COMPARATOR = "(?:>=|<=|[≥≤<>＜＞=＝≧≦]|不低于|不少于|不高于|不超过|不大于|不小于"
            + "|大于等于|小于等于|大于|小于|高于|低于|达到|超过|约)";
    private static final String NUMBER = "(?:\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?|\\.\\d+)";
    private static final String BASE_UNIT = "(?:元|人次|户次|个月|个|人|户|家|场|名|次|本|套|台|辆|件|项|所|座|处|间|批"
            + "|份|篇|册|张|条|期|届|年|月|天|日|周|小时|分钟|学时|课时|平方米|平米|㎡|亩|公顷|公里|千米|米|吨|立方米"
            + "|株|棵|头|只|盏|块|部|栋|幢|节|门|类|种|校|村|乡|镇|万|千|亿|倍|分)";
    private static final String UNIT = "(?:[%％‰]|(?:万|亿|千)?" + BASE_UNIT + ")";
    private static final String PER = "(?:[/／\\\\](?:" + NUMBER + ")?" + UNIT + ")";
    /** Words that bound a number from one side: {@code 95%以上}, {@code 3天以内}. */
    private static final String BOUND = "(?:及以上|及以下|以上|以下|以内|之内|左右)";
    private static final Pattern NUMERIC = Pattern.compile(COMPARATOR + "?" + NUMBER
            + "(?:[-~～至]" + NUMBER + ")?" + UNIT + "?" + PER + "*" + BOUND + "?");

    /** What may follow a date or a duration: {@code 前}, {@code 以内}, {@code 止}, optionally {@code 完成}. */
    private static final String DEADLINE_SUFFIX = "(?:(?:之前|以前|前|以内|之内|内|为止|止)?(?:完成)?)";
    /** The day of a month: {@code 31日}, {@code 底}, {@code 中旬}. */
    private static final String DAY = "(?:\\d{1,2}[日号]|底|末|初|上旬|中旬|下旬)";
    /** A date: {@code 2024年12月31日}, {@code 2024年底}, {@code 10月31日}, {@code 6月底}. */
    private static final String DATE = "(?:\\d{4}年(?:\\d{1,2}月" + DAY + "?|底|末|内)?|\\d{1,2}月" + DAY + "?)";
    /** A duration: {@code 3个工作日}, {@code 48小时}, {@code 2个月}. */
    private static final String DURATION = "(?:" + NUMBER + "个?(?:工作日|自然日)|" + NUMBER
            + "(?:个月|小时|分钟|天|日|周|月|年))";
    /**
     * Dates and durations, with what marks them as a deadline: {@code 10月31日前}, {@code 4月至9月},
     * {@code 3个工作日内}. Tried beside {@link #NUMERIC}; the longer reading wins.
     */
    private static final Pattern DEADLINE = Pattern.compile(COMPARATOR + "?(?:" + DATE + "(?:[-~～至到]" + DATE
            + ")?" + DEADLINE_SUFFIX + "|" + DURATION + DEADLINE_SUFFIX + ")");
    /** Deadlines in words: {@code 年底前}, {@code 当年年底}, {@code 上半年}, {@code 年内完成}. */
    private static final Pattern WORD_DEADLINE = Pattern.compile("(?:(?:当年|本年度?|今年)?(?:年底|年末|年内|上半年|下半年"
            + "|季度末|季末|月底|月末)|当年)" + DEADLINE_SUFFIX);
    /** Characters a worded deadline can start with. */
    private static final String WORD_DEADLINE_FIRST = "当本今年上下季月";

    private static final String QUALITY_PREFIX = "(?:不断|进一步|逐步|持续|明显|显著|有效|大幅|稳步|全面|基本|较大|较好"
            + "|大力|更加|逐年|有所|得到|切实|充分|不断地)";
    private static final String QUALITY_WORD = "(?:及时|准时|按时|按期|提高|提升|增强|增加|增长|改善|改进|稳定|完善|健全"
            + "|保障|促进|发展|维护|密切|紧密|降低|减少|下降|规范|有效|合格|达标|优良|良好|优秀|显著|明显|满意|巩固|传承"
            + "|发扬|加强|扩大|推进|落实|完成|实现|确保|保持|长期|持续|安全|正常|准确|可控|发挥|优化|加快|带动"
            + "|推动|缓解|改观|强化|成效|见效|到位|合规|规范化|全覆盖|零事故|零投诉|符合|达到|完好|齐全|清晰|有序"
            + "|畅通|通畅|整洁|美观|合理|高效|便捷|提质|增效|好转|可行|充足|合格率高)";
    private static final Pattern QUALITATIVE = Pattern.compile(QUALITY_PREFIX + "?" + QUALITY_WORD
            + "(?:[、，,和及与]" + QUALITY_PREFIX + "?" + QUALITY_WORD + ")*");
    /** Characters a numeric value can start with: digits, the decimal point and the comparators. */
    private static final String NUMERIC_FIRST = "0123456789.>=<≥≤＜＞＝≧≦不大小高低达超约";
    /** Characters a qualitative value can start with. */
    private static final String QUALITY_FIRST = firstCharacters(QUALITY_PREFIX) + firstCharacters(QUALITY_WORD);
    /** One-character targets, only believed when they stand in a cell of their own. */
    private static final Pattern SINGLE = Pattern.compile("[是否有无优良高强好]");

    private IndicatorValues() {
    }

    /** The first characters of the alternatives of a {@code (?:a|b|c)} group. */
    private static String firstCharacters(String group) {
        StringBuilder sb = new StringBuilder();
        for (String word : group.substring(3, group.length() - 1).split("\\|")) {
            sb.append(word.charAt(0));
        }
        return sb.toString();
    }

    /** The value shapes over one text, reusing their matchers; for one reading in one thread. */
    static Reader on(CharSequence text) {
        return new Reader(text);
    }

    /** Whether the whole compact text is a value of some shape. */
    static boolean isValue(String compact) {
        Reader r = on(compact);
        int n = compact.length();
        return n > 0 && (r.numericEnd(0, n) == n || r.qualitativeEnd(0, n) == n || r.singleEnd(0, n) == n);
    }

    /** Value shapes bound to one text. Positions are indices into that text, which is compact. */
    static final class Reader {
        private final CharSequence text;
        private final Matcher numeric;
        private final Matcher deadline;
        private final Matcher qualitative;
        private final Matcher wordDeadline;
        private final Matcher single;

        private Reader(CharSequence text) {
            this.text = text;
            numeric = NUMERIC.matcher(text);
            deadline = DEADLINE.matcher(text);
            qualitative = QUALITATIVE.matcher(text);
            wordDeadline = WORD_DEADLINE.matcher(text);
            single = SINGLE.matcher(text);
        }

        /**
         * The end of the longest numeric value starting at {@code start} (before {@code end}), or -1. Dates and
         * durations ({@code 10月31日前}, {@code 3个工作日内}) are numeric values too.
         */
        int numericEnd(int start, int end) {
            if (start >= end || NUMERIC_FIRST.indexOf(text.charAt(start)) < 0) {
                return -1;
            }
            return Math.max(lookingAt(numeric, start, end), lookingAt(deadline, start, end));
        }

        /** The end of the longest qualitative value starting at {@code start}, or -1; worded deadlines included. */
        int qualitativeEnd(int start, int end) {
            if (start >= end) {
                return -1;
            }
            char c = text.charAt(start);
            int words = QUALITY_FIRST.indexOf(c) >= 0 ? lookingAt(qualitative, start, end) : -1;
            int deadlineWords = WORD_DEADLINE_FIRST.indexOf(c) >= 0 ? lookingAt(wordDeadline, start, end) : -1;
            return Math.max(words, deadlineWords);
        }

        /** The end of a one-character target (是, 否, 无 …) at {@code start}, or -1. */
        int singleEnd(int start, int end) {
            return lookingAt(single, start, end);
        }

        /** Whether {@code [start, end)} is exactly a numeric value (a date or duration included). */
        boolean isNumeric(int start, int end) {
            return matches(numeric, start, end) || matches(deadline, start, end);
        }

        /** Whether {@code [start, end)} is exactly a qualitative value (a worded deadline included). */
        boolean isQualitative(int start, int end) {
            return matches(qualitative, start, end) || matches(wordDeadline, start, end);
        }

        /** Whether a value of some shape starts at {@code start}. */
        boolean startsValue(int start, int end) {
            return start < end && (numericEnd(start, end) > start || qualitativeEnd(start, end) > start);
        }

        private static boolean matches(Matcher m, int start, int end) {
            if (start >= end) {
                return false;
            }
            m.region(start, end);
            return m.matches();
        }

        private static int lookingAt(Matcher m, int start, int end) {
            if (start >= end) {
                return -1;
            }
            m.region(start, end);
            return m.lookingAt() && m.end() > start ? m.end() : -1;
        }
    }
}
