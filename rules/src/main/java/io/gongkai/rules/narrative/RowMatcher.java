package io.gongkai.rules.narrative;

import io.gongkai.model.TableRow;
import java.util.ArrayList;
import java.util.List;

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

    /** Rows whose name is the subject, with or without 支出, or is spelt inside it (longest first). */
    static List<TableRow> strong(String subject, List<TableRow> rows) {
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

    /** Rows whose name, without 支出, appears in the subject in order (一般公共服务 in 一般公共预算服务支出). */
    static List<TableRow> weak(String subject, List<TableRow> rows) {
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
