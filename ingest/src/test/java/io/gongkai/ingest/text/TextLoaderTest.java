package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.ingest.UnreadableInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLoaderTest {

    @Test
    void dropsPageFurnitureAndBlankLinesButKeepsProvenance() throws Exception {
        String text = "一、本部门职责\n\n-14-\n长治市屯留区人民代表大会常务委员会2024年部门预算公开报告\n仅供内部审核\n"
                + "第二部分 第二部分 2024年部门预算报表2024年部门预算报表\n合计合计 810.58810.58\n";

        List<SourceLine> lines = TextLoader.load("x.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).extracting(SourceLine::text).containsExactly("一、本部门职责", "合计 810.58");
        assertThat(lines.get(1).number()).isEqualTo(7);
        assertThat(lines.get(1).raw()).isEqualTo("合计合计 810.58810.58");
        assertThat(lines.get(1).ref().location()).isEqualTo("x.txt:7");
    }

    @Test
    void mapsLookAlikeCharactersButKeepsChinesePunctuation() throws Exception {
        List<SourceLine> lines = TextLoader.load("x.txt",
                "部⻔预算：公务用⻋（１辆）".getBytes(StandardCharsets.UTF_8));

        assertThat(lines.get(0).text()).isEqualTo("部门预算：公务用车（1辆）");
    }

    @Test
    void decodesGb18030() throws Exception {
        byte[] gbk = "预算收支总表".getBytes(Charset.forName("GB18030"));

        assertThat(TextLoader.load("x.txt", gbk).get(0).text()).isEqualTo("预算收支总表");
    }

    @Test
    void refusesEmptyAndBinaryInput() {
        assertThatThrownBy(() -> TextLoader.load("e.txt", new byte[0]))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件为空")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TextLoader.load("b.bin", new byte[] {'%', 'P', 0, 1, 2}))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("binary");
    }

    @Test
    void splitsLinesExactlyLikeTheLineBreakRegex() {
        java.util.regex.Pattern lineBreak = java.util.regex.Pattern.compile("\r\n|\r|\n");
        String alphabet = "a\r\n";
        int cases = 0;
        for (int length = 0; length <= 8; length++) {
            int total = (int) Math.pow(alphabet.length(), length);
            for (int k = 0; k < total; k++) {
                StringBuilder text = new StringBuilder();
                for (int j = 0, v = k; j < length; j++, v /= alphabet.length()) {
                    text.append(alphabet.charAt(v % alphabet.length()));
                }
                assertThat(TextLoader.splitLines(text.toString()))
                        .containsExactly(lineBreak.split(text, -1));
                cases++;
            }
        }
        assertThat(cases).isEqualTo(9_841);
    }
}
