package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SourceLine#splitCells} against {@code split("\t", -1)} with every piece stripped, on 100,000 lines. */
class SourceLineTest {

    @Test
    void cellsAreTheStrippedPiecesBetweenTabs() {
        String[] pieces = {"\t", "\t", " ", "\u3000", "\u00a0", "\u2003", "\n", "\u001f", "收入", "847.18", "a", "𠀀",
            "\ud800"};
        Random random = new Random(20261122);
        int tabbed = 0;
        for (int k = 0; k < 100_000; k++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = text.toString();
            List<String> expected = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            assertThat(SourceLine.splitCells(line)).as(line).isEqualTo(expected);
            if (expected.size() > 2) {
                tabbed++;
            }
        }
        assertThat(tabbed).isGreaterThan(10_000);
        assertThat(new SourceLine("x.txt", 0, 1, "a", " 合计\t 847.18 \t\t").cells())
                .containsExactly("合计", "847.18", "", "");
    }
}
