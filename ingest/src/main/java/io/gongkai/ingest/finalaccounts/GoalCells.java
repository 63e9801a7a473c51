package io.gongkai.ingest.finalaccounts;

import io.gongkai.ingest.text.SourceLine;
import java.util.List;

/**
 * Splits the two cells side by side under 年度目标 | 实际完成情况 of a self-evaluation. On one line, the cells are
 * the text before and after the first run of spaces. When they wrap, the left cell's lines come first, then the
 * right cell's: each wraps at its own width, so the right cell starts at the first line of a new width that the
 * line after it keeps (the last line of a cell is short and is followed by a line of the other width).
 */
final class GoalCells {

    private static final int WIDTH_SLACK = 2;

    private GoalCells() {
    }

    /** The goal and the achievement; either may be null. */
    static String[] split(List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return new String[2];
        }
        if (lines.size() == 1) {
            String[] halves = lines.get(0).text().strip().split("[\\s\\u3000]+", 2);
            return new String[] {compact(halves[0]), halves.length > 1 ? compact(halves[1]) : null};
        }
        int width = lines.get(0).compact().length();
        int split = lines.size();
        for (int i = 1; i < lines.size(); i++) {
            int length = lines.get(i).compact().length();
            if (Math.abs(length - width) > WIDTH_SLACK) {
                boolean keptWidth = i + 1 < lines.size()
                        && Math.abs(lines.get(i + 1).compact().length() - length) <= WIDTH_SLACK;
                split = keptWidth ? i : i + 1;
                break;
            }
        }
        return new String[] {join(lines.subList(0, split)), split < lines.size()
                ? join(lines.subList(split, lines.size())) : null};
    }

    private static String join(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.compact()));
        return sb.toString();
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
