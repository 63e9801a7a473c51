package io.gongkai.model;

/**
 * Provenance of an extracted value: where in which file it was read, and the raw text it came from.
 *
 * @param file file name (without directories) the value was read from
 * @param page 1-based page number, or 0 when the source has no pages (plain text)
 * @param line 1-based line number in the extracted text, or 0 when unknown
 * @param raw the raw text of the line or cell, before repair
 */
public record SourceRef(String file, int page, int line, String raw) {

    /** A value that was not read from a document (derived or authored). */
    public static final SourceRef NONE = new SourceRef("", 0, 0, "");

    public SourceRef {
        file = file == null ? "" : file;
        raw = raw == null ? "" : raw;
    }

    /** Short human-readable location such as {@code 000.txt:123}. */
    public String location() {
        String where = page > 0 ? "p" + page + (line > 0 ? ":" + line : "") : String.valueOf(line);
        return file.isEmpty() ? where : file + ":" + where;
    }
}
