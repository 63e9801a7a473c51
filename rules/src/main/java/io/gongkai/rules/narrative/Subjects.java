package io.gongkai.rules.narrative;

import io.gongkai.model.Columns;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a narrative fact's subject names: a total, an income source, a part of the expenditure. Subjects
 * are worded freely (预算收入总计, 收入预算, 部门预算收入总计), so the tests are on words, after normalising
 * quotes, brackets and spaces.
 */
final class Subjects {

    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[\\s“”‘’\"'「」『』《》]");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\(\\d+\\)|\\d+[.、]|[①-⑳])");
    /** Words that qualify a total without naming a part of it. */
    private static final List<String> QUALIFIERS = List.of("一般公共预算", "财政拨款", "部门预算", "单位预算",
            "当年", "本年", "拨款", "安排", "预算", "部门", "单位", "年度", "全年", "的", "涉及");
    private static final List<String> TOTAL_WORDS = List.of("合计", "总计", "总额", "总预算", "总规模");

    private Subjects() {
    }

    /** NFKC, without quotes and whitespace: （一） → (一), “三公” → 三公. */
    static String norm(String text) {
        return text == null ? "" : NORM.apply(text);
    }

    private static final io.gongkai.rules.support.NameCache NORM = new io.gongkai.rules.support.NameCache(
            text -> QUOTES_AND_SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""));
    private static final io.gongkai.rules.support.NameCache ROW_NAME = new io.gongkai.rules.support.NameCache(
            name -> ORDINAL.matcher(norm(name)).replaceFirst(""));

    /** A row name without its printed ordinal or marker: 十六、商业服务业等支出 → 商业服务业等支出. */
    static String rowName(String name) {
        return name == null ? "" : ROW_NAME.apply(name);
    }

    /** The name without a trailing 支出 (类 names end in it, narrative wording sometimes not). */
    static String core(String name) {
        return name.endsWith("支出") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
    }

    static boolean has(String subject, String... words) {
        for (String w : words) {
            if (subject.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the subject names a total (合计, 总计 …) rather than a part. */
    static boolean namesTotal(String subject) {
        return has(subject, TOTAL_WORDS.toArray(String[]::new));
    }

    /**
     * What is left of the subject once the words that only qualify a total are removed: 一般公共预算当年拨款支出 →
     * 支出, 一般公共预算服务支出 → 服务支出.
     */
    static String residual(String subject) {
        String rest = subject;
        for (String q : QUALIFIERS) {
            rest = rest.replace(q, "");
        }
        return rest;
    }

    /**
     * Whether the subject is a total of the given kind of money: 支出 for 一般公共预算当年支出, 收入 for 预算收入总计.
     *
     * @param noun 支出 or 收入 (or 收支)
     */
    static boolean isTotalOf(String subject, String noun) {
        String rest = subject;
        for (String w : TOTAL_WORDS) {
            rest = rest.replace(w, "");
        }
        rest = residual(rest);
        return rest.equals(noun) || rest.isEmpty() && namesTotal(subject);
    }

    /** The income source a subject names, as a canonical column / row key, or null. */
    static String source(String subject) {
        if (subject.contains("一般公共预算")) {
            return Columns.GPB;
        }
        if (subject.contains("政府性基金")) {
            return Columns.FUND;
        }
        if (subject.contains("国有资本经营")) {
            return Columns.SOE;
        }
        if (subject.contains("财政专户")) {
            return Columns.SPECIAL;
        }
        if (subject.contains("单位资金")) {
            return Columns.UNIT;
        }
        return null;
    }

    static boolean isCarryover(String subject) {
        return subject.contains("结转") && !subject.contains("年终") && !subject.contains("年末");
    }

    /**
     * Whether the statement is about last year (上年预算数, 比上年, 较2023年, 去年同期) rather than this year's
     * tables; 上年结转 is this year's money and does not count.
     */
    static boolean isLastYear(String subject) {
        String rest = subject.replace("上年结转", "").replace("上年财政拨款结转", "");
        return has(rest, "上年", "去年", "同期", "上一年") || subject.startsWith("比") || subject.startsWith("较")
                || subject.startsWith("与");
    }

    /** 本年收入, 本年预算安排, 当年拨款收入: this year's money without the carry-over. */
    static boolean isCurrentYear(String subject) {
        return !namesTotal(subject) && has(subject, "本年收入", "当年收入", "本年预算收入", "本年预算安排",
                "当年预算安排", "本年安排", "当年安排", "当年拨款", "本年财政拨款", "本年拨款");
    }

    static boolean isBasic(String subject) {
        return subject.contains("基本支出");
    }

    static boolean isProject(String subject) {
        return subject.contains("项目支出");
    }

    /** Whether {@code part}'s characters appear in {@code whole} in order (一般公共服务 in 一般公共预算服务). */
    static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            if (whole.charAt(j) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }

    /** How a fact is named in messages: 情况说明五(二)「商业服务业等支出」. */
    static String describe(io.gongkai.model.NarrativeFact fact) {
        return "情况说明" + fact.section() + "「" + fact.subject() + "」";
    }

    /** The fact's value with its unit as printed: 788.00万元, 54.49%. */
    static String valueText(io.gongkai.model.NarrativeFact fact) {
        return fact.value().toPlainString() + (fact.unit() == null ? "" : fact.unit());
    }
}
