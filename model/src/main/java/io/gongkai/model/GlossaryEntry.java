package io.gongkai.model;

/**
 * One term of 名词解释.
 *
 * @param term the term (基本支出)
 * @param definition its explanation
 * @param source where the entry starts
 */
public record GlossaryEntry(String term, String definition, SourceRef source) {

    public GlossaryEntry {
        source = source == null ? SourceRef.NONE : source;
    }

    /** An entry not read from a document (authored). */
    public GlossaryEntry(String term, String definition) {
        this(term, definition, SourceRef.NONE);
    }
}
