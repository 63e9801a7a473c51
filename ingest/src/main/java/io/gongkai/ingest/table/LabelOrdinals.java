package io.gongkai.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordinals that open the labels of the summary tables, found by scanning instead of by regular expressions
 * (the patterns of {@link SummaryTableParser}, which a test compares with these scans): a numbered label
 * {@code 一、}…{@code 十三、} (one to three numerals and 、) and a bracketed one {@code （一）} or {@code (十二)}.
 */
final class LabelOrdinals {

    private static final String NUMERALS = "一二三四五六七八九十";

    private LabelOrdinals() {
    }

    /** The length of the ordinal that starts the text (either kind), or 0. */
    static int leading(String text) {
        int numbered = numberedAt(text, 0);
        return numbered > 0 ? numbered : bracketedAt(text, 0);
    }

    /** The length of the bracketed ordinal （一） that starts the text, or 0. */
    static int leadingBracketed(String text) {
        return bracketedAt(text, 0);
    }

    /**
     * The text cut before every ordinal: before a numbered ordinal not preceded by a numeral or an opening
     * bracket, and before every bracketed ordinal; never an empty first piece.
     */
    static String[] split(String text) {
        List<String> pieces = null;
        int start = 0;
        for (int p = 1; p < text.length(); p++) {
            char before = text.charAt(p - 1);
            boolean cut = numberedAt(text, p) > 0 && NUMERALS.indexOf(before) < 0 && before != '（' && before != '('
                    || bracketedAt(text, p) > 0;
            if (cut) {
                if (pieces == null) {
                    pieces = new ArrayList<>();
                }
                pieces.add(text.substring(start, p));
                start = p;
            }
        }
        if (pieces == null) {
            return new String[] {text};
        }
        pieces.add(text.substring(start));
        return pieces.toArray(new String[0]);
    }

    /** The length of a numbered ordinal (one to three numerals, then 、) at {@code at}, or 0. */
    private static int numberedAt(String text, int at) {
        int run = numerals(text, at);
        return run >= 1 && run <= 3 && at + run < text.length() && text.charAt(at + run) == '、' ? run + 1 : 0;
    }

    /** The length of a bracketed ordinal (（ or (, one to three numerals, ） or )) at {@code at}, or 0. */
    private static int bracketedAt(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '（' && text.charAt(at) != '(') {
            return 0;
        }
        int run = numerals(text, at + 1);
        int close = at + 1 + run;
        return run >= 1 && run <= 3 && close < text.length() && (text.charAt(close) == '）' || text.charAt(close) == ')')
                ? run + 2 : 0;
    }

    private static int numerals(String text, int at) {
        int i = at;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i - at;
    }
}
