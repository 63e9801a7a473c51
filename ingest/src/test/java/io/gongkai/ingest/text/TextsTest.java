package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts#parseAmount} against what it replaces, {@code new BigDecimal(text.replace(",", ""))}, and
 * {@link Texts#isDigit} against {@link Character#isDigit(char)}.
 */
class TextsTest {

    @Test
    void amountsAreParsedAsTheConstructorParsesThem() {
        List<String> texts = new ArrayList<>(List.of("847.18", "1,554.77", "-12,345.60", "-0.00", "0", "-0", "0012",
                "0.5", "123456789012345678", "1234567890123456789", "999999999999999999.9", "12,3,4", ",5", "-,5",
                "1.2,3", "1e5", "+5", ".5", "-.5", "12.", "1,000,000.000001"));
        Random random = new Random(20261122);
        String alphabet = "0123456789,.-";
        for (int k = 0; k < 100_000; k++) {
            int n = 1 + random.nextInt(22);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(alphabet.charAt(random.nextInt(i == 0 ? alphabet.length() : alphabet.length() - 1)));
            }
            texts.add(s.toString());
        }
        int numbers = 0;
        for (String text : texts) {
            BigDecimal expected;
            try {
                expected = new BigDecimal(text.replace(",", ""));
            } catch (NumberFormatException e) {
                assertThatThrownBy(() -> Texts.parseAmount(text)).as(text).isInstanceOf(NumberFormatException.class);
                continue;
            }
            BigDecimal actual = Texts.parseAmount(text);
            assertThat(actual).as(text).isEqualTo(expected);
            assertThat(actual.scale()).as(text).isEqualTo(expected.scale());
            assertThat(actual.toString()).as(text).isEqualTo(expected.toString());
            assertThat(actual.precision()).as(text).isEqualTo(expected.precision());
            numbers++;
        }
        assertThat(numbers).isGreaterThan(20_000);
        assertThat(Texts.parseAmount("1,554.77")).isEqualTo(new BigDecimal("1554.77"));
    }

    @Test
    void digitsAreTheDigitsOfCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Texts.isDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
        }
    }

    @Test
    void spacesAreTheWhitespaceAndSpaceCharactersOfCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Texts.isSpace(ch)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u00a0');
        }
    }
}
