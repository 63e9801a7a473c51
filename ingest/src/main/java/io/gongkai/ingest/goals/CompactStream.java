package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import java.util.List;

/**
 * Lines of a goal table joined into one text without whitespace, remembering for every character the line it came
 * from and whether a break (line start, space or tab) stood before it, and whether that break can be a cell
 * boundary rather than the letter spacing of a narrow cell. Narrow goal-table cells wrap anywhere, even
 * inside words and numbers, so labels and values are found in this joined text; the breaks are kept as evidence of
 * where a cell may begin. A wide break (a run of two or more spaces, or a tab, inside a line) is stronger evidence:
 * fixed-pitch text ({@code pdftotext -layout}) aligns its cells in columns with such runs, and the letter spacing of
 * a cell is one space.
 */
final class CompactStream implements CharSequence {

    private final List<SourceLine> lines;
    private final String text;
    private final int[] lineOf;
    private final boolean[] breakBefore;
    private final boolean[] cellBreakBefore;
    private final boolean[] wideBreakBefore;
    private final int[] lineStart;

    private CompactStream(List<SourceLine> lines, String text, int[] lineOf, boolean[] breakBefore,
                          boolean[] cellBreakBefore, boolean[] wideBreakBefore, int[] lineStart) {
        this.lines = lines;
        this.text = text;
        this.lineOf = lineOf;
        this.breakBefore = breakBefore;
        this.cellBreakBefore = cellBreakBefore;
        this.wideBreakBefore = wideBreakBefore;
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
        boolean[] cellBreaks = new boolean[total + 1];
        boolean[] wideBreaks = new boolean[total + 1];
        int[] starts = new int[lines.size() + 1];
        for (int li = 0; li < lines.size(); li++) {
            starts[li] = sb.length();
            String t = lines.get(li).text();
            int previousPiece = 0;
            int gap = 0;
            boolean tab = false;
            int i = 0;
            while (i < t.length()) {
                if (isSpace(t.charAt(i))) {
                    gap++;
                    tab |= t.charAt(i) == '\t';
                    i++;
                    continue;
                }
                int end = i;
                while (end < t.length() && !isSpace(t.charAt(end))) {
                    end++;
                }
                int piece = end - i;
                breaks[sb.length()] = true;
                cellBreaks[sb.length()] = previousPiece == 0 || previousPiece > 1 || piece > 1;
                wideBreaks[sb.length()] = previousPiece > 0 && (gap >= 2 || tab);
                for (int k = i; k < end; k++) {
                    lineOf[sb.length()] = li;
                    sb.append(t.charAt(k));
                }
                previousPiece = piece;
                gap = 0;
                tab = false;
                i = end;
            }
        }
        starts[lines.size()] = sb.length();
        breaks[sb.length()] = true;
        cellBreaks[sb.length()] = true;
        lineOf[sb.length()] = Math.max(0, lines.size() - 1);
        return new CompactStream(List.copyOf(lines), sb.toString(), lineOf, breaks, cellBreaks, wideBreaks, starts);
    }

    /**
     * Whether the character is whitespace of any kind, including the ideographic space: {@code
     * Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0'}, answered by {@link Texts#isSpace}
     * without the Unicode tables for ASCII and CJK text (TextsTest compares both on every char).
     */
    static boolean isSpace(char c) {
        return Texts.isSpace(c);
    }

    /** Whether a break stands before the character at {@code index}; true at the end of the text. */
    boolean breakBefore(int index) {
        return breakBefore[index];
    }

    /**
     * Whether a cell may begin before the character at {@code index}: a break that is not just the letter spacing of
     * a narrow cell ({@code 单 位 正 常}), where single characters stand between spaces. True at line starts.
     */
    boolean cellBreakBefore(int index) {
        return cellBreakBefore[index];
    }

    /**
     * Whether a wide break stands before the character at {@code index}: two or more spaces, or a tab, after other
     * text on the same line. Leading indentation and line starts are not wide breaks.
     */
    boolean wideBreakBefore(int index) {
        return wideBreakBefore[index];
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
