package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** Builds repaired source lines from hand-written text, one line per string. */
final class TestLines {

    private TestLines() {
    }

    /** Lines numbered from 1, as if read from {@code test.txt}. */
    static List<SourceLine> of(String... texts) {
        List<SourceLine> lines = new ArrayList<>();
        for (String t : texts) {
            lines.add(new SourceLine("test.txt", 0, lines.size() + 1, t, t));
        }
        return lines;
    }

    /** Lines of a text block split at newlines. */
    static List<SourceLine> block(String text) {
        return of(text.split("\n", -1));
    }
}
