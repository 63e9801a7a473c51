package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.Texts;

/** Text helpers for goal tables, where every cell is read without whitespace. */
final class GoalText {

    private GoalText() {
    }

    /** The text without any whitespace (the same as {@link Texts#compact}, without a regular expression). */
    static String compact(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            if (CompactStream.isSpace(text.charAt(i))) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (sb != null) {
                sb.append(text.charAt(i));
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** The text after its first {@code count} non-whitespace characters. */
    static String dropCompactPrefix(String text, int count) {
        return text.substring(afterCompactPrefix(text, count));
    }

    /** The text up to and including its {@code count}-th non-whitespace character. */
    static String takeCompact(String text, int count) {
        return text.substring(0, afterCompactPrefix(text, count));
    }

    /** The index just after the text's first {@code count} non-whitespace characters. */
    private static int afterCompactPrefix(String text, int count) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < count) {
            if (!CompactStream.isSpace(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        return i;
    }

    /** Null for an empty text. */
    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
