package io.gongkai.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NarrativeSections#normalisePlain}, the one-pass normalisation of texts made of known characters, must give
 * what the general formulation ({@link NarrativeSections#normaliseGenerally}: look-alikes, NFKC, whitespace and
 * quotes) gives, or decline (null) and leave the text to it.
 */
class NarrativeTextNormalisationTest {

    /** Characters the one pass handles, and neighbours it must decline or that change under NFKC or the mapping. */
    private static final String MIXED = "一年预算支出万元项目经费、。，（）：；％“”‘’「」《》【】〈〉〔〕≥≤─①②⑨⑩⑳"
            + "0123456789abcXYZ.,;:%()-+/\"' \n\r\t\u3000"
            + "０１９ＡＺａｚ（）＂＇！～"
            + "\u2F00\u2F8A\u2E94\u2EE2\u2E80\uFEFF\u200B\u00A0\u0301\u0338\u2026\u00B7\u2014\u000B\u001C\u007F"
            + "\uF900\uFA10\u3131\u1100\u1161\u00C5\u212B";

    @Test
    void agreesWithTheGeneralFormulationOnRandomTexts() {
        Random random = new Random(20261122);
        int plain = 0;
        for (int k = 0; k < 50_000; k++) {
            int length = random.nextInt(40);
            StringBuilder text = new StringBuilder();
            // Half the texts from the common characters only, so that the one pass takes most of them.
            boolean common = k % 2 == 0;
            for (int i = 0; i < length; i++) {
                int bound = common ? MIXED.indexOf('\u2F00') : MIXED.length();
                text.append(MIXED.charAt(random.nextInt(bound)));
            }
            String t = text.toString();
            String fast = NarrativeSections.normalisePlain(t);
            if (fast != null) {
                plain++;
                assertThat(fast).as("%s", t.codePoints().mapToObj(Integer::toHexString).toList())
                        .isEqualTo(NarrativeSections.normaliseGenerally(t));
            }
        }
        assertThat(plain).isGreaterThan(15_000);
    }

    @Test
    void agreesOnEveryCharacterItTakesAloneAndNextToEachOther() {
        StringBuilder taken = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            String fast = NarrativeSections.normalisePlain(one);
            if (fast != null) {
                assertThat(fast).as("U+%04X", (int) c).isEqualTo(NarrativeSections.normaliseGenerally(one));
                taken.append(c);
            }
        }
        assertThat(taken.length()).isGreaterThan(20_000);
        // Every pair of the non-ideograph characters it takes (ideographs are one block, checked alone above).
        String others = taken.toString().replaceAll("[\u4E00-\u9FFF]", "") + "一龥";
        for (int i = 0; i < others.length(); i++) {
            for (int j = 0; j < others.length(); j++) {
                String pair = "" + others.charAt(i) + others.charAt(j);
                assertThat(NarrativeSections.normalisePlain(pair)).as("%s", pair)
                        .isEqualTo(NarrativeSections.normaliseGenerally(pair));
            }
        }
    }

    @Test
    void declinesCharactersWhoseNormalFormItDoesNotKnow() {
        assertThat(NarrativeSections.normalisePlain("支出\u2026")).isNull();
        assertThat(NarrativeSections.normalisePlain("\u2F00项")).isNull();
        assertThat(NarrativeSections.normalisePlain("e\u0301")).isNull();
        assertThat(NarrativeSections.normalisePlain("⑩")).isNull();
    }

    @Test
    void aTypicalNarrativeSentenceIsTakenAndNormalised() {
        String text = "2024年“三公”经费预算数为 12.50万元，比上年减少０.５０万元（下降3.8％）。\n";
        assertThat(NarrativeSections.normalisePlain(text)).isEqualTo("2024年三公经费预算数为12.50万元,比上年减少0.50万元(下降3.8%)。");
        assertThat(NarrativeSections.normalise(text)).isEqualTo(NarrativeSections.normaliseGenerally(text));
    }
}
