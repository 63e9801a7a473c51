package io.gongkai.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture that carries no content: page numbers ({@code -14-}, {@code 第 3 页}), watermarks
 * ({@code 仅供内部审核}), running headers ({@code …2024年部门预算公开报告}) and the part heading of the tables
 * ({@code 第二部分 2024年部门预算报表}) that a page break can drop into the middle of a table.
 */
public final class PageFurnitureFilter {

    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("^[-—–]\\s*\\d{1,4}\\s*[-—–]$"),
            Pattern.compile("^第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?$"),
            Pattern.compile("^共\\s*\\d{1,4}\\s*页\\s*第\\s*\\d{1,4}\\s*页$"),
            Pattern.compile("^\\d{1,4}\\s*/\\s*\\d{1,4}$"),
            Pattern.compile("^(仅供内部审核|内部资料|内部审核|草稿|样稿)$"),
            Pattern.compile("^\\S{2,40}?20\\d{2}年(度)?(部门|单位)(预算|决算)公开(报告|说明|文本)$"),
            Pattern.compile("^第二部分\\s*(第二部分)?\\s*20\\d{2}年(度)?(部门|单位)?(预算|决算)(公开)?(报表|表)$"));

    /** How often a header-like line must repeat to count as a running header. */
    static final int RUNNING_HEADER_REPEATS = 3;

    /**
     * A unit name followed by the year and a few words: 滨江市图书馆2024年单位预算. Matched by
     * {@link #matchesRunningHeader}, which PageFurnitureFilterTest compares with this pattern.
     */
    static final Pattern RUNNING_HEADER = Pattern.compile(
            "^[\\p{IsHan}（）()]{2,30}20\\d{2}年度?[\\p{IsHan}]{0,12}$");

    private PageFurnitureFilter() {
    }

    /** A cheap first look: every furniture pattern starts with one of these characters or names a report. */
    private static boolean mayBeFurniture(String compactLine) {
        char first = compactLine.charAt(0);
        return "-—–第共仅内草样".indexOf(first) >= 0 || Character.isDigit(first) || compactLine.contains("公开");
    }

    /** Whether a line has the shape of a running header; it is one when it repeats on many pages. */
    static boolean couldBeRunningHeader(String compactLine) {
        return compactLine.length() <= 50 && compactLine.indexOf('年') > 0 && compactLine.contains("20")
                && matchesRunningHeader(compactLine);
    }

    /**
     * {@code RUNNING_HEADER.matcher(text).matches()} by one scan: the name (2 to 30 Han characters or brackets,
     * counted by code point) ends where the first other character stands, which must start 20dd年; the rest is at
     * most 12 Han characters, or 13 after a leading 度 (the pattern's optional 度 takes it).
     */
    static boolean matchesRunningHeader(String text) {
        int n = text.length();
        int i = 0;
        int name = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!(cp == '（' || cp == '）' || cp == '(' || cp == ')' || Texts.isHan(cp))) {
                break;
            }
            i += Character.charCount(cp);
            name++;
        }
        if (name < 2 || name > 30 || i + 5 > n || text.charAt(i) != '2' || text.charAt(i + 1) != '0'
                || !isAsciiDigit(text.charAt(i + 2)) || !isAsciiDigit(text.charAt(i + 3)) || text.charAt(i + 4) != '年') {
            return false;
        }
        int rest = i + 5;
        int words = 0;
        for (int j = rest; j < n; ) {
            int cp = text.codePointAt(j);
            if (!Texts.isHan(cp)) {
                return false;
            }
            j += Character.charCount(cp);
            words++;
        }
        return words <= 12 || words == 13 && text.charAt(rest) == '度';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a repaired, stripped line is furniture. */
    public static boolean isFurniture(String compactLine) {
        if (compactLine.isEmpty() || compactLine.length() > 60 || !mayBeFurniture(compactLine)) {
            return false;
        }
        for (int i = 0; i < FURNITURE.size(); i++) {
            if (couldMatch(i, compactLine) && FURNITURE.get(i).matcher(compactLine).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A necessary condition for furniture pattern {@code index} to match, read off the pattern, so that a table
     * row (which starts with a digit) or a sentence naming 公开 is not tried against all seven.
     */
    private static boolean couldMatch(int index, String compactLine) {
        char first = compactLine.charAt(0);
        return switch (index) {
            case 0 -> first == '-' || first == '—' || first == '–';
            case 1, 6 -> first == '第';
            case 2 -> first == '共';
            case 3 -> first >= '0' && first <= '9' && compactLine.indexOf('/') > 0;
            case 4 -> "仅内草样".indexOf(first) >= 0;
            case 5 -> compactLine.contains("公开");
            default -> true;
        };
    }
}
