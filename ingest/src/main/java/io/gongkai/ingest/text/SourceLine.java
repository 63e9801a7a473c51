package io.gongkai.ingest.text;

import io.gongkai.model.PageBox;
import io.gongkai.model.SourceRef;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of a source document after artifact repair, remembering where it came from. Immutable; equal when
 * all five parts are equal (the page box and the OCR mark are provenance detail, not identity). The whitespace-free form is computed once, because every stage asks for it.
 */
public final class SourceLine {

    private final String file;
    private final int page;
    private final int number;
    private final String raw;
    private final String text;
    private final PageBox box;
    private final boolean ocr;
    private String compact;
    private List<String> cells;

    /**
     * @param file the source file name, for provenance
     * @param page the 1-based page, or 0 when the source has no pages
     * @param number the 1-based line number in the source
     * @param raw the line exactly as extracted
     * @param text the repaired line: characters normalised, bold doubling undone, trailing space trimmed
     */
    public SourceLine(String file, int page, int number, String raw, String text) {
        this(file, page, number, raw, text, null, false);
    }

    /**
     * A line read from a page with geometry (PDF) or by OCR.
     *
     * @param box where on the page the line was printed, or null
     * @param ocr whether the text was recognised from an image
     */
    public SourceLine(String file, int page, int number, String raw, String text, PageBox box, boolean ocr) {
        this.file = file;
        this.page = page;
        this.number = number;
        this.raw = raw;
        this.text = text;
        this.box = box;
        this.ocr = ocr;
    }

    public String file() {
        return file;
    }

    public int page() {
        return page;
    }

    public int number() {
        return number;
    }

    public String raw() {
        return raw;
    }

    public String text() {
        return text;
    }

    /** Where on the page the line was printed, or null when the source has no geometry. */
    public PageBox box() {
        return box;
    }

    /** Whether the text was recognised by OCR. */
    public boolean ocr() {
        return ocr;
    }

    /** Provenance of a value read from this line. */
    public SourceRef ref() {
        return new SourceRef(file, page, number, raw, box, ocr);
    }

    /** Whether the line keeps the cell separators of a spreadsheet-like export (tabs). */
    public boolean tabbed() {
        return text.indexOf('\t') >= 0;
    }

    /**
     * The tab-separated cells of the line, trimmed; a single cell when it has no tabs. Computed once (every table
     * parser tokenizes its lines more than once); the list is unmodifiable.
     */
    public List<String> cells() {
        List<String> c = cells;
        if (c == null) {
            c = splitCells(text);
            cells = c;
        }
        return c;
    }

    /**
     * The text cut at every tab (also before a trailing one), each piece stripped: {@code split("\t", -1)} and
     * {@link String#strip} in one scan, each cell copied once (SourceLineTest compares both).
     */
    static List<String> splitCells(String text) {
        int count = 1;
        for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) {
            count++;
        }
        String[] out = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? text.length() : text.indexOf('\t', start);
            out[k] = stripped(text, start, end);
            start = end + 1;
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** {@code text.substring(start, end).strip()} without the intermediate copy (no whitespace lies outside the BMP). */
    private static String stripped(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The text with all whitespace (including ideographic spaces and tabs) removed. */
    public String compact() {
        String c = compact;
        if (c == null) {
            c = Texts.compact(text);
            compact = c;
        }
        return c;
    }

    /** A copy with other text, same provenance. */
    public SourceLine withText(String newText) {
        return new SourceLine(file, page, number, raw, newText, box, ocr);
    }

    /** A copy with other text whose whitespace-free form the caller has already computed. */
    SourceLine withText(String newText, String newCompact) {
        SourceLine copy = withText(newText);
        copy.compact = newCompact;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceLine other && page == other.page && number == other.number
                && file.equals(other.file) && raw.equals(other.raw) && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, page, number, raw, text);
    }

    @Override
    public String toString() {
        return "SourceLine[" + file + ":" + number + " " + text + "]";
    }
}
