package io.gongkai.model;

/**
 * Provenance of an extracted value: where in which file it was read, and the raw text it came from.
 *
 * @param file file name (without directories) the value was read from
 * @param page 1-based page number (or sheet number of a workbook), or 0 when the source has no pages (plain text)
 * @param line 1-based line number in the extracted text, or 0 when unknown
 * @param raw the raw text of the line or cell, before repair
 * @param box where on the page the line was printed, or null when the source has no geometry
 * @param ocr whether the text was recognised by OCR from an image: lower confidence, to be labelled as such
 */
public record SourceRef(String file, int page, int line, String raw, PageBox box, boolean ocr) {

    /** A value that was not read from a document (derived or authored). */
    public static final SourceRef NONE = new SourceRef("", 0, 0, "");

    public SourceRef {
        file = file == null ? "" : file;
        raw = raw == null ? "" : raw;
    }

    /** Provenance without geometry, from a text layer. */
    public SourceRef(String file, int page, int line, String raw) {
        this(file, page, line, raw, null, false);
    }

    /**
     * Short human-readable location such as {@code 000.txt:123}; values read by OCR are marked
     * {@code 000.pdf:p3:12（OCR）} so that whoever reads a finding knows the figure may be misread.
     */
    public String location() {
        String where = page > 0 ? "p" + page + (line > 0 ? ":" + line : "") : String.valueOf(line);
        String located = file.isEmpty() ? where : file + ":" + where;
        return ocr ? located + "（OCR）" : located;
    }
}
