package io.gongkai.ingest.text;

import java.util.regex.Pattern;

/**
 * Undoes the doubling of bold text in PDF extraction: a bold glyph run is drawn twice, so {@code 收入收入}
 * stands for 收入 and {@code 847.18847.18} for 847.18.
 *
 * <p>A whitespace-separated token that is exactly some text twice is halved. Otherwise the token is split into
 * runs of numbers and of other characters, and each run that is exactly doubled is halved. Numbers are halved
 * only when the half is a decimal number with a point ({@code 16.9316.93}), because an integer such as 1010
 * cannot be told apart from a doubled 10. Text runs are halved only when the half has at least two characters.
 */
public final class BoldDoublingRepair {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]+");

    private BoldDoublingRepair() {
    }

    /** Repairs one line, keeping its whitespace. */
    public static String repair(String line) {
        StringBuilder out = null;
        int n = line.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (i - start < 4 || !mayBeDoubled(line, start, i)) {
                continue;
            }
            String token = line.substring(start, i);
            String repaired = repairToken(token);
            if (!repaired.equals(token)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(line, copied, start).append(repaired);
                copied = i;
            }
        }
        return out == null ? line : out.append(line, copied, n).toString();
    }

    private static boolean isSpace(char c) {
        return Texts.isSpace(c);
    }

    /**
     * A necessary condition for {@link #repairToken} to change the token {@code line[start, end)}, checked in
     * place without copying it: every repair halves some text of at least two characters that is printed twice
     * in a row, either at the token's start (the whole token halved, or covered by doubled pieces, the first of
     * which starts the token) or as a whole run of {@link #repairRuns}. So the token starts with some text of
     * {@code m >= 2} characters printed twice (compared only where its first two characters recur {@code m} on),
     * or one of its runs of even length (at least 4) is some text twice.
     * A token for which this says no is kept as it is, which is what the full repair would return
     * (BoldDoublingRepairTest compares both on many tokens).
     */
    static boolean mayBeDoubled(String line, int start, int end) {
        char first = line.charAt(start);
        char second = line.charAt(start + 1);
        for (int m = 2; start + 2 * m <= end; m++) {
            if (line.charAt(start + m) == first && line.charAt(start + m + 1) == second
                    && line.regionMatches(start, line, start + m, m)) {
                return true;
            }
        }
        int i = start;
        while (i < end) {
            int runStart = i;
            i = runEnd(line, i, end);
            int length = i - runStart;
            if (length >= 4 && length % 2 == 0 && isDoubled(line, runStart, i)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the run that starts at {@code i}: of number characters if it starts with a digit, else of others. */
    private static int runEnd(String text, int i, int end) {
        boolean numeric = Texts.isDigit(text.charAt(i));
        int j = i + 1;
        while (j < end && (numeric ? isNumberChar(text.charAt(j)) : !Texts.isDigit(text.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** Splits a token into runs of number characters and of other characters. */
    private static String repairRuns(String token) {
        StringBuilder out = null;
        int n = token.length();
        int i = 0;
        while (i < n) {
            int start = i;
            i = runEnd(token, i, n);
            if (out == null && !isDoubled(token, start, i)) {
                continue; // repairRun keeps a run that is not some text twice
            }
            String run = token.substring(start, i);
            String repaired = repairRun(run);
            if (out == null && !repaired.equals(run)) {
                out = new StringBuilder(n).append(token, 0, start);
            }
            if (out != null) {
                out.append(repaired);
            }
        }
        return out == null ? token : out.toString();
    }

    private static boolean isNumberChar(char c) {
        return Texts.isDigit(c) || c == ',' || c == '.';
    }

    static String repairToken(String token) {
        String half = half(token);
        if (half != null && half.codePointCount(0, half.length()) >= 2 && !isInteger(half)) {
            return half;
        }
        String covered = coverByDoubles(token);
        if (covered != null) {
            return covered;
        }
        return repairRuns(token);
    }

    /**
     * Halves a token made entirely of doubled pieces, such as 当年预算安排当年预算安排上年结转安排上年结转安排,
     * or returns null. Each piece must be at least two characters and not a bare integer.
     */
    private static String coverByDoubles(String token) {
        int n = token.length();
        if (n < 8 || !startsDoubled(token)) {
            return null;
        }
        // next[i] = length of the doubled piece starting at i that leads to a full cover, or 0.
        int[] next = new int[n + 1];
        boolean[] coverable = new boolean[n + 1];
        coverable[n] = true;
        for (int i = n - 2; i >= 0; i--) {
            for (int len = (n - i) / 2; len >= 2; len--) {
                if (coverable[i + 2 * len] && token.regionMatches(i, token, i + len, len)
                        && !isInteger(token.substring(i, i + len))) {
                    coverable[i] = true;
                    next[i] = len;
                    break;
                }
            }
        }
        if (!coverable[0]) {
            return null;
        }
        StringBuilder out = new StringBuilder(n / 2);
        for (int i = 0; i < n; i += 2 * next[i]) {
            out.append(token, i, i + next[i]);
        }
        return out.toString();
    }

    private static boolean startsDoubled(String token) {
        for (int len = 2; 2 * len <= token.length(); len++) {
            if (token.regionMatches(0, token, len, len)) {
                return true;
            }
        }
        return false;
    }

    private static String repairRun(String run) {
        String half = half(run);
        if (half == null) {
            return run;
        }
        boolean numeric = Texts.isDigit(run.charAt(0));
        if (numeric) {
            return DECIMAL.matcher(half).matches() ? half : run;
        }
        return half.codePointCount(0, half.length()) >= 2 ? half : run;
    }

    private static String half(String s) {
        return isDoubled(s, 0, s.length()) ? s.substring(0, s.length() / 2) : null;
    }

    /** Whether {@code s[start, end)} is some text twice, compared in place. */
    private static boolean isDoubled(String s, int start, int end) {
        int n = end - start;
        return n >= 2 && n % 2 == 0 && s.regionMatches(start, s, start + n / 2, n / 2);
    }

    private static boolean isInteger(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Texts.isDigit(c) && c != ',') {
                return false;
            }
        }
        return true;
    }
}
