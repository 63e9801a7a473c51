package io.gongkai.ingest.layout;

/** Chinese ordinals as used in section headings: 一 … 九十九. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of 一 … 九十九, or -1 when the text is not such a numeral. */
    public static int parse(String numeral) {
        if (numeral.isEmpty() || numeral.length() > 3) {
            return -1;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(numeral.charAt(0)) : -1;
        int units = ten == numeral.length() - 1 ? 0
                : ten == numeral.length() - 2 ? digit(numeral.charAt(ten + 1)) : -1;
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        return d <= 0 ? -1 : d;
    }
}
