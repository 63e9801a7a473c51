package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.ingest.UnreadableInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
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

    /**
     * {@code decode} takes the String constructor's lenient UTF-8 decoding when it holds no U+FFFD; it must give
     * what the strict decoders give (UTF-8 after a BOM, else GB18030, else a refusal) on every input: the seeds,
     * the seeds cut at random bytes or with a byte changed, GB18030 text, and random bytes drawn from UTF-8's
     * lead, continuation and invalid bytes.
     */
    @Test
    void decodingTakesTheStrictDecodersResult() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(seed));
            }
        }
        inputs.addAll(seeds);
        inputs.add("\uFEFF部门预算 847.18".getBytes(StandardCharsets.UTF_8));
        inputs.add("printed \uFFFD replacement".getBytes(StandardCharsets.UTF_8));
        inputs.add("预算收支总表 一般公共预算".getBytes(Charset.forName("GB18030")));
        Random random = new Random(20261122);
        for (int k = 0; k < 2_000; k++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            int from = random.nextInt(seed.length - 200);
            byte[] piece = Arrays.copyOfRange(seed, from, from + 1 + random.nextInt(199));
            if (k % 2 == 0) {
                piece[random.nextInt(piece.length)] = (byte) random.nextInt(256);
            }
            inputs.add(piece);
        }
        byte[] alphabet = {'a', '1', ' ', '\n', (byte) 0xE4, (byte) 0xB8, (byte) 0x80, (byte) 0xC3, (byte) 0xA9,
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xC0, (byte) 0xFF,
            (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xBD};
        for (int k = 0; k < 20_000; k++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            inputs.add(bytes);
        }
        int decoded = 0;
        int refused = 0;
        for (byte[] bytes : inputs) {
            String expected = strictly(bytes);
            String label = Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 40)));
            if (expected == null) {
                assertThatThrownBy(() -> TextLoader.decode("x.txt", bytes)).as(label)
                        .isInstanceOf(UnreadableInputException.class);
                refused++;
            } else {
                assertThat(TextLoader.decode("x.txt", bytes)).as(label).isEqualTo(expected);
                decoded++;
            }
        }
        assertThat(decoded).isGreaterThan(3_000);
        assertThat(refused).isGreaterThan(100);
    }

    /** The strict decoding decode performed before its shortcut, or null where it refused. */
    private static String strictly(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notGb) {
                return null;
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
