package io.gongkai.ingest.text;

import io.gongkai.model.SourceRef;
import java.util.List;

/**
 * One line of a source document after artifact repair, remembering where it came from.
 *
 * @param file the source file name, for provenance
 * @param page the 1-based page, or 0 when the source has no pages
 * @param number the 1-based line number in the source
 * @param raw the line exactly as extracted
 * @param text the repaired line: characters normalised, bold doubling undone, trailing space trimmed
 */
public record SourceLine(String file, int page, int number, String raw, String text) {

    /** Provenance of a value read from this line. */
    public SourceRef ref() {
        return new SourceRef(file, page, number, raw);
    }

    /** Whether the line keeps the cell separators of a spreadsheet-like export (tabs). */
    public boolean tabbed() {
        return text.indexOf('\t') >= 0;
    }

    /** The tab-separated cells of the line, trimmed; a single cell when it has no tabs. */
    public List<String> cells() {
        return List.of(text.split("\t", -1)).stream().map(String::strip).toList();
    }

    /** The text with all whitespace (including ideographic spaces and tabs) removed. */
    public String compact() {
        return Texts.compact(text);
    }

    /** A copy with other text, same provenance. */
    public SourceLine withText(String newText) {
        return new SourceLine(file, page, number, raw, newText);
    }
}
