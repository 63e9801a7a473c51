package io.gongkai.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of the list's text search index ({@code search_grams}): every character and every pair of adjacent
 * characters of the searched names, in lower case, with white space dropped. Pairs never span two names, so a
 * report has a query word's pairs whenever one of its names contains the word; the reverse needs the LIKE test that
 * {@link ReportSearch} applies to the few reports the index leaves.
 */
public final class SearchGrams {

    /** The longest gram in code points (the column holds 8 characters: room for two supplementary ones). */
    static final int LENGTH = 2;

    private SearchGrams() {
    }

    /** The index terms of a report's searched names (unit name and project names), each once. */
    public static Set<String> of(Collection<String> names) {
        Set<String> grams = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            int[] points = codePoints(name);
            for (int i = 0; i < points.length; i++) {
                grams.add(new String(points, i, 1));
                if (i + 1 < points.length) {
                    grams.add(new String(points, i, LENGTH));
                }
            }
        }
        return grams;
    }

    /**
     * The terms a report must have to contain a query word: the word itself when it is one character, otherwise
     * its pairs of adjacent characters. Empty for a word with nothing but white space.
     */
    public static List<String> ofQueryWord(String word) {
        int[] points = codePoints(word);
        List<String> grams = new ArrayList<>();
        if (points.length == 1) {
            grams.add(new String(points, 0, 1));
        }
        for (int i = 0; i + 1 < points.length; i++) {
            String gram = new String(points, i, LENGTH);
            if (!grams.contains(gram)) {
                grams.add(gram);
            }
        }
        return grams;
    }

    private static int[] codePoints(String text) {
        return text.toLowerCase(Locale.ROOT).codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
    }
}
