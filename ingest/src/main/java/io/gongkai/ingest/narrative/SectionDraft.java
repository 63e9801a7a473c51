package io.gongkai.ingest.narrative;

import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    final int ordinal;
    final String title;
    final SourceLine heading;
    final JoinedText body = new JoinedText();
    final List<SubMark> subs = new ArrayList<>();
    /** Offsets where a clause or sentence must start, ascending: after each heading line inside the body. */
    final List<Integer> boundaries = new ArrayList<>();
    final Set<String> seenLines = new HashSet<>();
    ListMarker.Style subStyle;

    SectionDraft(String number, int ordinal, String title, SourceLine heading) {
        this.number = number;
        this.ordinal = ordinal;
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
        int floor = 0;
        for (int boundary : boundaries) {
            if (boundary > offset) {
                break;
            }
            floor = boundary;
        }
        return floor;
    }

    private SubMark subAt(int offset) {
        SubMark found = null;
        for (SubMark sub : subs) {
            if (sub.offset() > offset) {
                break;
            }
            found = sub;
        }
        return found;
    }
}
