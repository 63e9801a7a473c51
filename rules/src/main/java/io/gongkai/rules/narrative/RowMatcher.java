package io.gongkai.rules.narrative;

import io.gongkai.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the table rows a narrative subject names: 商业服务业等支出 names 「216 商业服务业等支出」, 图书馆支出 names
 * 「2070104 图书馆」. A narrative sometimes misspells a class (一般公共预算服务支出 for 一般公共服务支出); such a
 * subject matches only weakly, when the row's name is spelt out inside it in order.
 */
final class RowMatcher {

    /** Names shorter than this are too common to be found inside another subject (行政运行 is four). */
    private static final int MIN_CONTAINED = 4;

    private RowMatcher() {
    }

    /** A level marker of the official wording: 农林水支出(类)农业农村(款)行政运行(项), after NFKC. */
    private static final Pattern LEVEL = Pattern.compile("(.+?)\\((类|款|项)\\)");

    /** Rows whose name is the subject, with or without 支出, or is spelt inside it (longest first). */
    static List<TableRow> strong(String subject, List<TableRow> rows) {
        List<TableRow> levels = byLevels(subject, rows);
        if (levels != null) {
            return levels;
        }
        List<TableRow> exact = new ArrayList<>();
        String subjectCore = Subjects.core(subject);
        for (TableRow row : rows) {
            String name = Subjects.rowName(row.name());
            if (name.equals(subject) || sameCore(name, subjectCore)) {
                exact.add(row);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        List<TableRow> contained = new ArrayList<>();
        int longest = 0;
        for (TableRow row : rows) {
            String name = Subjects.rowName(row.name());
            if (name.length() >= MIN_CONTAINED && subject.contains(name)) {
                if (name.length() > longest) {
                    contained.clear();
                    longest = name.length();
                }
                if (name.length() == longest) {
                    contained.add(row);
                }
            }
        }
        return contained;
    }

    /**
     * The rows a subject in the official wording names level by level (X(类)Y(款)Z(项)): the row of the last level
     * named whose code extends the codes of the levels before it, so that a 行政运行 is the one under its 款; null
     * when the subject carries no level markers, empty when the table lacks a level it names.
     */
    private static List<TableRow> byLevels(String subject, List<TableRow> rows) {
        if (subject.indexOf('(') < 0) {
            return null;
        }
        Matcher m = LEVEL.matcher(subject);
        List<TableRow> matched = null;
        int end = 0;
        while (end < subject.length()) {
            m.region(end, subject.length());
            if (!m.lookingAt()) {
                return null;
            }
            String core = Subjects.core(m.group(1));
            int codeLength = switch (m.group(2)) {
                case "类" -> 3;
                case "款" -> 5;
                default -> 7;
            };
            List<TableRow> parents = matched;
            List<TableRow> level = new ArrayList<>();
            for (TableRow row : rows) {
                String code = row.code();
                if (code != null && code.length() == codeLength && sameCore(Subjects.rowName(row.name()), core)
                        && (parents == null || parents.stream().anyMatch(p -> code.startsWith(p.code())))) {
                    level.add(row);
                }
            }
            matched = level;
            end = m.end();
        }
        return matched;
    }

    /** Rows whose name, without 支出, appears in the subject in order (一般公共服务 in 一般公共预算服务支出). */
    static List<TableRow> weak(String subject, List<TableRow> rows) {
        List<TableRow> levels = byLevels(subject, rows);
        if (levels != null) {
            return levels; // a path names its row exactly or not at all
        }
        List<TableRow> found = new ArrayList<>();
        String subjectCore = Subjects.core(subject);
        for (TableRow row : rows) {
            String core = Subjects.core(Subjects.rowName(row.name()));
            if (core.length() >= MIN_CONTAINED && Subjects.isSubsequence(core, subjectCore)) {
                found.add(row);
            }
        }
        return found;
    }

    /** Whether {@code Subjects.core(name).equals(core)}, without cutting the name. */
    private static boolean sameCore(String name, String core) {
        int length = name.endsWith("支出") && name.length() > 2 ? name.length() - 2 : name.length();
        return length == core.length() && name.regionMatches(0, core, 0, length);
    }
}
