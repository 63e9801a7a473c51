package io.gongkai.rules.narrative;

import io.gongkai.model.TableRow;
import io.gongkai.rules.support.TextMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        return strong(subject, NamedRows.of(rows));
    }

    /** As {@link #strong(String, List)}, over rows whose names are already worked out. */
    static List<TableRow> strong(String subject, NamedRows rows) {
        List<TableRow> levels = byLevels(subject, rows);
        if (levels != null) {
            return levels;
        }
        // A name equal to the subject has the subject's core too: the rows named exactly are those of its core.
        List<TableRow> exact = rows.withCore(Subjects.core(subject));
        if (!exact.isEmpty()) {
            return new ArrayList<>(exact);
        }
        List<TableRow> contained = new ArrayList<>();
        int longest = 0;
        for (int i = 0; i < rows.size(); i++) {
            String name = rows.name(i);
            if (name.length() >= MIN_CONTAINED && subject.contains(name)) {
                if (name.length() > longest) {
                    contained.clear();
                    longest = name.length();
                }
                if (name.length() == longest) {
                    contained.add(rows.row(i));
                }
            }
        }
        return contained;
    }

    /** One level a subject in the official wording names: the name without 支出 and the code length of its level. */
    private record Level(String core, int codeLength) {
    }

    /**
     * The levels of a subject in the official wording (X(类)Y(款)Z(项)), read once per subject text; empty when the
     * subject is not wholly in that wording.
     */
    private static final TextMemo<Optional<List<Level>>> LEVELS = new TextMemo<>(subject -> {
        Matcher m = LEVEL.matcher(subject);
        List<Level> levels = new ArrayList<>();
        int end = 0;
        while (end < subject.length()) {
            m.region(end, subject.length());
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            int codeLength = switch (m.group(2)) {
                case "类" -> 3;
                case "款" -> 5;
                default -> 7;
            };
            levels.add(new Level(Subjects.core(m.group(1)), codeLength));
            end = m.end();
        }
        return Optional.of(List.copyOf(levels));
    });

    /**
     * The rows a subject in the official wording names level by level (X(类)Y(款)Z(项)): the row of the last level
     * named whose code extends the codes of the levels before it, so that a 行政运行 is the one under its 款; null
     * when the subject carries no level markers, empty when the table lacks a level it names.
     */
    private static List<TableRow> byLevels(String subject, NamedRows rows) {
        if (subject.indexOf('(') < 0) {
            return null;
        }
        Optional<List<Level>> levels = LEVELS.apply(subject);
        if (levels.isEmpty()) {
            return null;
        }
        List<TableRow> matched = null;
        for (Level level : levels.get()) {
            List<TableRow> parents = matched;
            List<TableRow> found = new ArrayList<>();
            for (TableRow row : rows.withCore(level.core())) {
                String code = row.code();
                if (code != null && code.length() == level.codeLength()
                        && (parents == null || extendsAny(code, parents))) {
                    found.add(row);
                }
            }
            matched = found;
        }
        return matched;
    }

    private static boolean extendsAny(String code, List<TableRow> parents) {
        for (TableRow p : parents) {
            if (code.startsWith(p.code())) {
                return true;
            }
        }
        return false;
    }

    /** Rows whose name, without 支出, appears in the subject in order (一般公共服务 in 一般公共预算服务支出). */
    static List<TableRow> weak(String subject, List<TableRow> rows) {
        return weak(subject, NamedRows.of(rows));
    }

    /** As {@link #weak(String, List)}, over rows whose names are already worked out. */
    static List<TableRow> weak(String subject, NamedRows rows) {
        List<TableRow> levels = byLevels(subject, rows);
        if (levels != null) {
            return levels; // a path names its row exactly or not at all
        }
        List<TableRow> found = new ArrayList<>();
        String subjectCore = Subjects.core(subject);
        for (int i = 0; i < rows.size(); i++) {
            String core = Subjects.core(rows.name(i));
            if (core.length() >= MIN_CONTAINED && Subjects.isSubsequence(core, subjectCore)) {
                found.add(rows.row(i));
            }
        }
        return found;
    }
}
