package io.gongkai.model;

/**
 * One term of 名词解释.
 *
 * @param term the term (基本支出)
 * @param definition its explanation
 */
public record GlossaryEntry(String term, String definition) {
}
