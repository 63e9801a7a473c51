package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import java.util.List;

/**
 * Lines of a goal table joined into one text without whitespace, remembering for every character the line it came
 * from and whether a break (line start, space or tab) stood before it. Narrow goal-table cells wrap anywhere, even
 * inside words and numbers, so labels and values are found in this joined text; the breaks are kept as evidence of
 * where a cell may begin.
 */
final class CompactStream implements CharSequence {

    private final List<SourceLine> lines;
    private final String text;
    private final int[] lineOf;
    private final boolean[] breakBefore;
    private final int[] lineStart;

    private CompactStream(List<SourceLine> lines, String text, int[] lineOf, boolean[] breakBefore,
                          int[] lineStart) {
        this.lines = lines;
        this.text = text;
        this.lineOf = lineOf;
        this.breakBefore = breakBefore;
        this.lineStart = lineStart;
    }

    /** Joins the lines. */
    static CompactStream of(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (SourceLine line : lines) {
            total += line.text().length();
        }
        int[] lineOf = new int[total + 1];
        boolean[] breaks = new boolean[total + 1];
        int[] starts = new int[lines.size() + 1];
        for (int li = 0; li < lines.size(); li++) {
            starts[li] = sb.length();
            String t = lines.get(li).text();
            boolean pendingBreak = true;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (isSpace(c)) {
                    pendingBreak = true;
                    continue;
                }
                lineOf[sb.length()] = li;
                breaks[sb.length()] = pendingBreak;
                pendingBreak = false;
                sb.append(c);
            }
        }
        starts[lines.size()] = sb.length();
        breaks[sb.length()] = true;
        lineOf[sb.length()] = Math.max(0, lines.size() - 1);
        return new CompactStream(List.copyOf(lines), sb.toString(), lineOf, breaks, starts);
    }

    /** Whether the character is whitespace of any kind, including the ideographic space. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0';
    }

    /** Whether a break stands before the character at {@code index}; true at the end of the text. */
    boolean breakBefore(int index) {
        return breakBefore[index];
    }

    /** The index of the line the character at {@code index} came from. */
    int lineIndexAt(int index) {
        return lineOf[Math.min(index, text.length())];
    }

    /** The line the character at {@code index} came from. */
    SourceLine lineAt(int index) {
        return lines.get(lineIndexAt(index));
    }

    /** Where the compact text of line {@code lineIndex} starts. */
    int lineStart(int lineIndex) {
        return lineStart[lineIndex];
    }

    /** The lines of the stream. */
    List<SourceLine> lines() {
        return lines;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    /** The compact text between two indices. */
    String slice(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
