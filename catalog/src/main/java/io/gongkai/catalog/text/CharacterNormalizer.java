package io.gongkai.catalog.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * Maps look-alike characters that PDF fonts produce to the ordinary ones: Kangxi radicals and CJK radical
 * supplements (⻔ → 门, ⻋ → 车), full-width digits and Latin letters (１ → 1). Chinese punctuation such as
 * （）：， is left as printed, because it is part of the published text. Shared by the readers (line repair) and
 * the catalogue (name comparison). Thread-safe.
 */
public final class CharacterNormalizer {

    /** CJK Radicals Supplement characters without an NFKC mapping, by their ordinary simplified form. */
    private static final Map<Character, Character> RADICAL_SUPPLEMENT = Map.ofEntries(
            Map.entry('⻔', '门'), Map.entry('⻋', '车'), Map.entry('⻅', '见'), Map.entry('⻓', '长'),
            Map.entry('⻚', '页'), Map.entry('⻜', '飞'), Map.entry('⻢', '马'), Map.entry('⻥', '鱼'),
            Map.entry('⻄', '西'), Map.entry('⻛', '风'), Map.entry('⻘', '青'), Map.entry('⻝', '食'),
            Map.entry('⻨', '麦'), Map.entry('⻩', '黄'), Map.entry('⻬', '齐'), Map.entry('⻮', '齿'),
            Map.entry('⻯', '龙'), Map.entry('⻳', '龟'), Map.entry('⺠', '民'), Map.entry('⺟', '母'),
            Map.entry('⻆', '角'), Map.entry('⻉', '贝'), Map.entry('⻈', '讠'), Map.entry('⻖', '阝'),
            Map.entry('⺁', '厂'), Map.entry('⺇', '几'), Map.entry('⺌', '小'), Map.entry('⺍', '小'),
            Map.entry('⺕', '彐'), Map.entry('⺩', '王'), Map.entry('⺮', '竹'), Map.entry('⺼', '肉'),
            Map.entry('⻊', '足'), Map.entry('⻏', '阝'), Map.entry('⻗', '雨'), Map.entry('⻣', '骨'));

    private CharacterNormalizer() {
    }

    /** The ordinary character for a CJK radical-supplement look-alike, or the character itself. */
    public static char ordinary(char c) {
        Character mapped = RADICAL_SUPPLEMENT.get(c);
        return mapped == null ? c : mapped;
    }

    /** Normalises one line. */
    public static String normalize(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String replacement = replacement(c);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(line.length()).append(line, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? line : out.toString();
    }

    /**
     * What replaces a character, or null when it stays. Most text (ASCII, CJK ideographs, CJK punctuation) lies
     * below U+200B or between U+2FE0 and U+FEFE, where nothing is replaced: one range test answers for it
     * ({@link #mappedReplacement} is the general answer; CharacterNormalizerTest compares both on every char).
     */
    private static String replacement(char c) {
        if (c < '\u200B' || c > '\u2FDF' && c < '\uFEFF') {
            return null;
        }
        return mappedReplacement(c);
    }

    static String mappedReplacement(char c) {
        if (c >= '\u2F00' && c <= '\u2FDF') {
            return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        }
        if (c >= '\u2E80' && c <= '\u2EFF') {
            Character mapped = RADICAL_SUPPLEMENT.get(c);
            return mapped == null ? null : String.valueOf(mapped);
        }
        if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
            return String.valueOf((char) (c - 0xFEE0));
        }
        if (c == '\uFEFF' || c == '\u200B') {
            return "";
        }
        return null;
    }
}
