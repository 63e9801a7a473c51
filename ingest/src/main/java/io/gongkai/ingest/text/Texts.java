package io.gongkai.ingest.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
public final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

    private Texts() {
    }

    /** Removes every whitespace character, including ideographic space and no-break space. */
    public static String compact(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !isSpace(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        char[] out = new char[n - 1];
        text.getChars(0, first, out, 0);
        int length = first;
        for (int i = first + 1; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** Whether a character is whitespace, including the ideographic and no-break spaces. Fast for CJK. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0080' || c > '\u3000') {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /**
     * A table cell's text on one line: tabs and line breaks become spaces and the ends are stripped, except the
     * leading ideographic spaces, which templates print to indent units under departments and projects under
     * units (table 12/13: the only mark of a row's level there). A cell of nothing but spaces is blank.
     */
    public static String cellText(String text) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        int indentation = 0;
        int first = 0;
        while (first < flat.length() && isSpace(flat.charAt(first))) {
            if (flat.charAt(first) == '\u3000') {
                indentation++;
            }
            first++;
        }
        String rest = flat.substring(first).strip();
        return rest.isEmpty() ? "" : "\u3000".repeat(indentation) + rest;
    }

    /** The most digits a long holds whatever they are (10^18 - 1 < Long.MAX_VALUE). */
    private static final int LONG_DIGITS = 18;

    /**
     * The number a printed amount stands for, thousands commas ignored: {@code new BigDecimal(text.replace(",",
     * ""))}, the same value and scale, and the same exception for what is not a number. The common shape (an
     * optional minus, up to 18 digits with commas anywhere, an optional point followed by digits) is read by one
     * scan into a long and a scale, without the string copies; anything else goes to the constructor.
     */
    public static BigDecimal parseAmount(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        boolean negative = i == 1;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else if (c != ',' || scale >= 0) {
                return new BigDecimal(text.replace(",", ""));
            }
        }
        if (digits == 0 || digits > LONG_DIGITS || scale == 0) {
            return new BigDecimal(text.replace(",", ""));
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** Collapses whitespace runs to one space and strips the ends. */
    public static String squeeze(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * {@link Character#isDigit(char)}, without its table look-up for ASCII and CJK text: below U+0660 only 0-9 are
     * digits, and U+1C5A to U+A61F (CJK among them) hold none (TextsTest compares all 65,536 characters).
     */
    public static boolean isDigit(char c) {
        if (c < '\u0660') {
            return c >= '0' && c <= '9';
        }
        return (c < '\u1c5a' || c >= '\ua620') && Character.isDigit(c);
    }

    /** Whether the character is a CJK ideograph. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * Joins wrapped pieces of one text: no space between pieces when either side is Chinese or punctuation,
     * one space between two Latin words or numbers.
     */
    public static String joinWrapped(Iterable<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && needsSpace(out.codePointBefore(out.length()), p.codePointAt(0))) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }

    private static boolean needsSpace(int before, int after) {
        return Character.isLetter(before) && !isHan(before) && Character.isLetter(after) && !isHan(after);
    }
}
