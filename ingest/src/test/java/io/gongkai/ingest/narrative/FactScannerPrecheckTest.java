package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FactScanner#mayMatchAt}, the scan that spares the number-and-unit pattern most offsets, never refuses an
 * offset where the pattern matches (as the scanner tries it: from that offset, the look-behinds seeing the text
 * before): checked at every offset of the seeds' text and of 30,000 random texts over digits, separators,
 * spaces, minus signs, units and their look-alikes.
 */
class FactScannerPrecheckTest {

    @Test
    void theScanNeverRefusesAnOffsetWhereThePatternMatches() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                texts.add(Files.readString(seed, StandardCharsets.UTF_8));
            }
        }
        String[] pieces = {"1", "23", "4,567", ",", ".", "5.5", " ", "\t", "\u3000", "\n", "-", "−", "万元", "元", "%",
            "个", "辆", "平方米", "台（套）", "台(套)", "家", "人次", "批次", "人", "名", "次", "项目", "项", "万", "平",
            "台", "年", "以上", "增加", "a"};
        Random random = new Random(20261122);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        int matches = 0;
        int refused = 0;
        for (String text : texts) {
            Matcher m = FactScanner.NUMBER_UNIT.matcher(text).useTransparentBounds(true);
            for (int i = 0; i < text.length(); i++) {
                m.region(i, text.length());
                boolean matchesHere = m.lookingAt();
                boolean may = FactScanner.mayMatchAt(text, i);
                if (matchesHere) {
                    assertThat(may).as("%s at %d", text.length() > 80 ? text.substring(i, Math.min(text.length(),
                            i + 40)) : text, i).isTrue();
                    matches++;
                } else if (!may) {
                    refused++;
                }
            }
        }
        assertThat(matches).isGreaterThan(5_000);
        assertThat(refused).isGreaterThan(100_000);
    }
}
