package io.gongkai.ingest.narrative;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wrapped lines joined into one text, remembering which line each character came from, so that a value found
 * in the joined text (a number wrapped across two lines, say) can name the line where it starts. Lines are
 * stripped and joined with no separator, except one space between two Latin words, as {@link Texts#joinWrapped}
 * does. Not thread-safe; used inside one parse.
 */
final class JoinedText {

    private final StringBuilder text = new StringBuilder();
    private final List<SourceLine> lines = new ArrayList<>();
    private int[] starts = new int[16];

    /** Appends a line's text (or part of it), stripped; returns the offset where it starts. */
    int append(SourceLine line, String piece) {
        String p = piece.strip();
        if (p.isEmpty()) {
            return text.length();
        }
        if (text.length() > 0 && needsSpace(text.codePointBefore(text.length()), p.codePointAt(0))) {
            text.append(' ');
        }
        if (lines.size() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int start = text.length();
        starts[lines.size()] = start;
        lines.add(line);
        text.append(p);
        return start;
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The line the character at {@code offset} was read from. */
    SourceLine lineAt(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return lines.get(low);
    }

    private static boolean needsSpace(int before, int after) {
        return Character.isLetter(before) && !Texts.isHan(before) && Character.isLetter(after) && !Texts.isHan(after);
    }
}
