package io.gongkai.author.derive;

/** Chinese ordinals as headings and lists print them: 一 … 十 … 三十. */
public final class ChineseOrdinal {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseOrdinal() {
    }

    /** The ordinal of 1 … 99 (十六, 二十, 三十). */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
