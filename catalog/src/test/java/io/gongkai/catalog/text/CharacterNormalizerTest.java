package io.gongkai.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CharacterNormalizer}: its one-range shortcut against the general replacement, and what it maps. */
class CharacterNormalizerTest {

    @Test
    void everyCharacterIsNormalisedAsTheGeneralReplacementSays() {
        int replaced = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String text = "收入" + (char) c + "1";
            String general = CharacterNormalizer.mappedReplacement((char) c);
            String expected = general == null ? text : "收入" + general + "1";
            assertThat(CharacterNormalizer.normalize(text)).as("U+%04X", c).isEqualTo(expected);
            if (general != null) {
                replaced++;
            }
        }
        // 224 Kangxi radicals (U+2F00-U+2FD5) map by NFKC, U+2FD6-U+2FDF to themselves; the 36 supplements;
        // 62 full-width digits and letters; the BOM and the zero-width space.
        assertThat(replaced).isEqualTo(0x2FDF - 0x2F00 + 1 + 36 + 62 + 2);
    }

    @Test
    void mapsLookAlikesToOrdinaryCharacters() {
        assertThat(CharacterNormalizer.normalize("⻔户⻋辆 ⼀般 １２３ＡＢｃ\uFEFF\u200B（一）：")).isEqualTo("门户车辆 一般 123ABc（一）：");
        String plain = "2024年一般公共预算支出 847.18";
        assertThat(CharacterNormalizer.normalize(plain)).isSameAs(plain);
    }
}
