package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoldDoublingRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "收入收入 支出支出|收入 支出",
        "合计合计 847.18847.18 275.18275.18|合计 847.18 275.18",
        "2024年预算收支总表2024年预算收支总表|2024年预算收支总表",
        "本年收入合计本年收入合计 678.10678.10本年支出合计本年支出合计|本年收入合计 678.10本年支出合计",
        "当年预算安排当年预算安排上年结转安排上年结转安排|当年预算安排上年结转安排",
        "201 一般公共服务支出 16.93   16.9316.93|201 一般公共服务支出 16.93   16.93"})
    void halvesTextAndMoneyDrawnTwice(String raw, String repaired) {
        assertThat(BoldDoublingRepair.repair(raw)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
        "10.00 10.00",
        "1010",
        "人人",
        "2080505 机关事业单位基本养老保险缴费支出 23.08 23.08",
        "促进参展企业扩大销售市场促进参展企业扩大销售市场促进参展企业扩大销售市场",
        "其他资金 其他资金",
        "11 22"})
    void leavesGenuineRepetitionAlone(String text) {
        assertThat(BoldDoublingRepair.repair(text)).isEqualTo(text);
    }

    /**
     * {@link BoldDoublingRepair#mayBeDoubled} lets the repair skip a token: it must never say no where the full
     * repair changes the token. Tried on every token of the seeds (each also doubled, as a bold layer prints it)
     * and on 200,000 random tokens built from pieces that double, digits, points and commas.
     */
    @Test
    void theQuickTestNeverSkipsATokenTheRepairChanges() throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                    for (String token : line.split("[\\s\u3000\u00a0]+")) {
                        if (token.length() >= 2) {
                            tokens.add(token);
                            tokens.add(token + token);
                        }
                    }
                }
            }
        }
        assertThat(tokens).hasSizeGreaterThan(10_000);
        String[] pieces = {"收入", "支出", "合计", "一般公共", "服务", "人", "大", "16.93", "847.18", "1,554.77", "10",
            "2", "0", ".", ",", "-", "本年", "（一）", "a", "ab", "𠀀"};
        Random random = new Random(20261122);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder token = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                token.append(piece);
                if (random.nextInt(3) == 0) {
                    token.append(piece);
                }
            }
            tokens.add(token.toString());
        }
        int skipped = 0;
        int repaired = 0;
        for (String token : tokens) {
            if (token.length() < 4) {
                continue;
            }
            String full = BoldDoublingRepair.repairToken(token);
            if (!full.equals(token)) {
                repaired++;
            }
            if (!BoldDoublingRepair.mayBeDoubled(token, 0, token.length())) {
                assertThat(full).as(token).isEqualTo(token);
                skipped++;
            }
            String line = "x " + token + "\t1";
            assertThat(BoldDoublingRepair.mayBeDoubled(line, 2, 2 + token.length())).as(token)
                    .isEqualTo(BoldDoublingRepair.mayBeDoubled(token, 0, token.length()));
        }
        assertThat(skipped).isGreaterThan(10_000);
        assertThat(repaired).isGreaterThan(10_000);
    }
}
