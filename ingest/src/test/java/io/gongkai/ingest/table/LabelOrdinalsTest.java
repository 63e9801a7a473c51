package io.gongkai.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The scans of {@link LabelOrdinals} agree with the summary parser's patterns on every string of up to six
 * characters over an alphabet that holds each character the patterns test (a numeral, the two kinds of brackets,
 * 、) and one they do not (a), 137,257 strings; every numeral plays the same part in the patterns.
 */
class LabelOrdinalsTest {

    private static final char[] ALPHABET = {'一', '、', '（', '）', '(', ')', 'a'};
    private static final int MAX_LENGTH = 6;

    @Test
    void theScansAgreeWithThePatternsOnEveryShortString() {
        char[] buffer = new char[MAX_LENGTH];
        List<String> disagreeing = new ArrayList<>();
        int checked = 0;
        for (int length = 0; length <= MAX_LENGTH; length++) {
            int combinations = (int) Math.pow(ALPHABET.length, length);
            for (int code = 0; code < combinations; code++) {
                int rest = code;
                for (int i = 0; i < length; i++) {
                    buffer[i] = ALPHABET[rest % ALPHABET.length];
                    rest /= ALPHABET.length;
                }
                String text = new String(buffer, 0, length);
                if (!agree(text)) {
                    disagreeing.add(text);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(137_257);
        assertThat(disagreeing).isEmpty();
    }

    @Test
    void labelsAsTablesPrintThem() {
        assertThat(LabelOrdinals.leading("十三、其他收入")).isEqualTo(3);
        assertThat(LabelOrdinals.leading("（十二）住房保障支出")).isEqualTo(4);
        assertThat(LabelOrdinals.leadingBracketed("一、一般公共服务支出")).isZero();
        assertThat(LabelOrdinals.split("一、一般公共预算拨款收入二、政府性基金预算拨款收入"))
                .containsExactly("一、一般公共预算拨款收入", "二、政府性基金预算拨款收入");
        assertThat(LabelOrdinals.split("本年收入合计")).containsExactly("本年收入合计");
    }

    private static boolean agree(String text) {
        Matcher ordinal = SummaryTableParser.ORDINAL.matcher(text);
        Matcher bracketed = SummaryTableParser.SUB_ORDINAL.matcher(text);
        return LabelOrdinals.leading(text) == (ordinal.find() ? ordinal.end() : 0)
                && LabelOrdinals.leadingBracketed(text) == (bracketed.find() ? bracketed.end() : 0)
                && Arrays.equals(LabelOrdinals.split(text), SummaryTableParser.SPLIT_AT_ORDINAL.split(text));
    }
}
