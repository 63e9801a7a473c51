package io.gongkai.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written number scanner accepts exactly what the {@code NUMBER} regex it replaced accepts. */
class NumberScanTest {

    private static final String ALPHABET = "019,.-a";

    @Test
    void agreesWithTheRegexOnEveryShortString() {
        int[] counts = new int[2];
        StringBuilder s = new StringBuilder();
        enumerate(s, 6, counts);
        // Both answers occur often enough for the agreement to mean something (counted independently in Python).
        assertThat(counts[0]).isEqualTo(3_444);
        assertThat(counts[1]).isEqualTo(133_812);
    }

    @Test
    void examples() {
        assertThat(LineTokenizer.matchesNumber("1,234,567.89")).isTrue();
        assertThat(LineTokenizer.matchesNumber("-1234.5")).isTrue();
        assertThat(LineTokenizer.matchesNumber("1234,567")).isFalse();
        assertThat(LineTokenizer.matchesNumber("1,2345")).isFalse();
        assertThat(LineTokenizer.matchesNumber("12.")).isFalse();
        assertThat(LineTokenizer.matchesNumber("-")).isFalse();
        assertThat(LineTokenizer.matchesNumber("１２")).isFalse();
    }

    private static void enumerate(StringBuilder s, int maxLength, int[] counts) {
        if (s.length() > 0) {
            String text = s.toString();
            boolean expected = LineTokenizer.NUMBER.matcher(text).matches();
            assertThat(LineTokenizer.matchesNumber(text)).as(text).isEqualTo(expected);
            counts[expected ? 0 : 1]++;
        }
        if (s.length() == maxLength) {
            return;
        }
        for (int i = 0; i < ALPHABET.length(); i++) {
            s.append(ALPHABET.charAt(i));
            enumerate(s, maxLength, counts);
            s.setLength(s.length() - 1);
        }
    }
}
