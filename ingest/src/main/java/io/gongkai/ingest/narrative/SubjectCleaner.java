package io.gongkai.ingest.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the clause before a number into the subject of a fact: drops the year (2024年度), the unit's own name,
 * comparisons with last year (比上年, 与上年相比, 同比) and leading connectives (其中, 主要包括, 包括, 共有,
 * 主要用于以下方面, 本部门, 一是 …), as docs/json-format.md prescribes. Immutable and thread-safe.
 */
final class SubjectCleaner {

    private static final Pattern COMPARISON = Pattern.compile(
            "(?:比|较|与)(?:(?:19|20)[0-9]{2}年度?|上年度?|去年|上一年度?)(?:年初)?(?:预算数?|决算数?)?(?:同期)?(?:相比|比较)?"
                    + "|(?:比|较|与)年初预算数?(?:相比)?|同比|环比");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}\\s*年度?");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:其中|主要包括|包括|共有|主要用于以下方面|主要用于|主要原因是|原因是|主要是|[一二三四五六七八九十]是|的"
                    + "|本(?:部门|单位)(?:[（(](?:部门|单位)[）)])?|(?:部门|单位)[（(](?:部门|单位)[）)])");
    /** The characters a {@link #LEADING} match can start with. */
    private static final String LEADING_FIRST_CHARACTERS = "其主包共原一二三四五六七八九十的本部单";
    private static final Pattern TRAILING_CHANGE = Pattern.compile("(?:增加|减少|增长|下降|降低)了?(?:较多)?$");
    private static final String EDGE_PUNCTUATION = "，。；：、,;:.!?！？ \t\u3000";

    private final List<String> unitNames;

    SubjectCleaner(String unitName) {
        List<String> names = new ArrayList<>();
        if (unitName != null && !unitName.isBlank()) {
            String name = unitName.strip();
            names.add(name);
            int city = name.indexOf('市');
            if (city > 0 && name.length() - city - 1 >= 4) {
                names.add(name.substring(city + 1));
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        this.unitNames = List.copyOf(names);
    }

    /** The subject a clause names, or "" when it names nothing but connectives and comparisons. */
    String clean(String clause) {
        // Each comparison contains 比, 较 or 与 and each year 年: a clause with neither skips the regex passes.
        String s = hasAny(clause, "比较与") ? COMPARISON.matcher(clause).replaceAll("") : clause;
        s = s.indexOf('年') >= 0 ? YEAR.matcher(s).replaceAll("") : s;
        for (String name : unitNames) {
            s = s.replace(name, "");
        }
        s = trimEdges(s);
        String before;
        do {
            before = s;
            s = trimEdges(withoutLeadingConnective(s));
        } while (!s.equals(before) && !s.isEmpty());
        return s;
    }

    /** {@link #LEADING} removed; a text whose first character starts no alternative skips the regex. */
    private static String withoutLeadingConnective(String s) {
        return !s.isEmpty() && LEADING_FIRST_CHARACTERS.indexOf(s.charAt(0)) >= 0 ? LEADING.matcher(s).replaceFirst("")
                : s;
    }

    /** A clause that ends in a change word (相应的补贴支出增加) without it. */
    String withoutTrailingChange(String subject) {
        return trimEdges(TRAILING_CHANGE.matcher(subject).replaceFirst(""));
    }

    private static boolean hasAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String trimEdges(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
