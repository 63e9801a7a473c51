package io.gongkai.catalog.classification;

import io.gongkai.catalog.text.CharacterNormalizer;
import java.text.Normalizer;

/**
 * Normalises classification names for comparison, so that a name read from a PDF matches the catalogue.
 *
 * <p>NFKC folds full-width and half-width forms ({@code （）} and {@code ()}) and the Kangxi radicals;
 * a small remap handles the CJK radical supplement look-alikes that NFKC leaves alone (⻔ for 门); and
 * all whitespace goes, since extraction inserts spaces and line breaks inside names. Thread-safe.
 */
public final class ClassificationNames {
    private ClassificationNames() {
    }

    /** The comparison form of a name: NFKC, look-alikes mapped, whitespace removed. */
    public static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(CharacterNormalizer.ordinary(c));
        }
        return out.toString();
    }

    /** Whether two names are the same after normalisation. */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
