package io.gongkai.catalog.classification;

import java.text.Normalizer;
import java.util.Map;

/**
 * Normalises classification names for comparison, so that a name read from a PDF matches the catalogue.
 *
 * <p>NFKC folds full-width and half-width forms ({@code （）} and {@code ()}) and the Kangxi radicals;
 * a small remap handles the CJK radical supplement look-alikes that NFKC leaves alone (⻔ for 门); and
 * all whitespace goes, since extraction inserts spaces and line breaks inside names. Thread-safe.
 */
public final class ClassificationNames {
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('⻔', '门'), Map.entry('⻋', '车'), Map.entry('⻓', '长'), Map.entry('⻅', '见'),
            Map.entry('⻉', '贝'), Map.entry('⻛', '风'), Map.entry('⻜', '飞'), Map.entry('⻢', '马'),
            Map.entry('⻥', '鱼'), Map.entry('⻬', '齐'), Map.entry('⻄', '西'), Map.entry('⻚', '页'),
            Map.entry('⻆', '角'), Map.entry('⻩', '黄'), Map.entry('⻝', '食'), Map.entry('⻘', '青'));

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
            out.append(LOOK_ALIKES.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Whether two names are the same after normalisation. */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
