package io.gongkai.ingest.narrative;

import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** A narrative section being read: its heading, its joined body and where its sub-sections start. */
final class SectionDraft {

    /**
     * Where a sub-section starts.
     *
     * @param offset where its marker line starts in the body
     * @param label the bracketed ordinal, {@code (一)} or {@code (1)}
     * @param title the heading words after the ordinal, or "" when the line is a sentence
     * @param line the marker line
     */
    record SubMark(int offset, String label, String title, SourceLine line) {
    }

    final String number;
    final String title;
    final SourceLine heading;
    final JoinedText body = new JoinedText();
    final List<SubMark> subs = new ArrayList<>();
    /** Offsets where a clause or sentence must start, ascending: after each heading line inside the body. */
    final List<Integer> boundaries = new ArrayList<>();
    final Set<String> seenLines = new HashSet<>();
    ListMarker.Style subStyle;

    SectionDraft(String number, String title, SourceLine heading) {
        this.number = number;
        this.title = title;
        this.heading = heading;
    }

    /** The section label of a body offset: {@code 五} or {@code 五(一)}. */
    String labelAt(int offset) {
        SubMark sub = subAt(offset);
        return sub == null ? number : number + sub.label();
    }

    /** Where the clause or sentence containing {@code offset} may start at the earliest. */
    int floorAt(int offset) {
        int i = lastAtOrBefore(boundaries.size(), k -> boundaries.get(k), offset);
        return i < 0 ? 0 : boundaries.get(i);
    }

    private SubMark subAt(int offset) {
        int i = lastAtOrBefore(subs.size(), k -> subs.get(k).offset(), offset);
        return i < 0 ? null : subs.get(i);
    }

    /** The last index whose ascending key is at most {@code offset}, or -1; a binary search. */
    private static int lastAtOrBefore(int size, IntUnaryOperator key, int offset) {
        int low = 0;
        int high = size - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (key.applyAsInt(mid) <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
