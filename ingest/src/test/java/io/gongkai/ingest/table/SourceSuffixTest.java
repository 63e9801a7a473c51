package io.gongkai.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link SummaryTableParser#withoutSourceSuffix} against the pattern it replaces, {@code SOURCE_SUFFIX}'s
 * {@code replaceFirst("")}, on every sequence of up to five pieces drawn from the words of income labels, their
 * parts, other text and line terminators (11^0 + … + 11^5 = 177,156 names): the same text wherever the name does
 * not end in a line terminator, and the same source key (budget and final accounts) everywhere.
 */
class SourceSuffixTest {

    private static final String[] PIECES = {"一般公共预算", "财政", "拨款", "收入", "财政拨款", "单位资金", "事业", "其他",
        "\n", "\u0085", "a"};
    private static final int MAX_PIECES = 5;

    @Test
    void theScanRemovesWhatThePatternRemoves() {
        int checked = 0;
        int keyed = 0;
        int[] index = new int[MAX_PIECES];
        for (int count = 0; count <= MAX_PIECES; count++) {
            int combinations = (int) Math.pow(PIECES.length, count);
            for (int code = 0; code < combinations; code++) {
                int rest = code;
                StringBuilder name = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    index[i] = rest % PIECES.length;
                    rest /= PIECES.length;
                    name.append(PIECES[index[i]]);
                }
                String text = name.toString();
                String expected = SummaryTableParser.SOURCE_SUFFIX.matcher(text).replaceFirst("");
                String actual = SummaryTableParser.withoutSourceSuffix(text);
                boolean endsInTerminator = text.endsWith("\n") || text.endsWith("\u0085");
                if (!endsInTerminator) {
                    assertThat(actual).as(text).isEqualTo(expected);
                }
                for (boolean finalAccounts : new boolean[] {false, true}) {
                    String key = SummaryTableParser.sourceKey(actual, finalAccounts);
                    assertThat(key).as(text).isEqualTo(SummaryTableParser.sourceKey(expected, finalAccounts));
                    if (key != null) {
                        keyed++;
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(177_156);
        assertThat(keyed).isGreaterThan(20);
        assertThat(SummaryTableParser.withoutSourceSuffix("一般公共预算财政拨款收入")).isEqualTo("一般公共预算");
        assertThat(SummaryTableParser.withoutSourceSuffix("单位资金")).isEqualTo("单位资金");
    }
}
