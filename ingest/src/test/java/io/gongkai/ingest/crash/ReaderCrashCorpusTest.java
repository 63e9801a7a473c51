package io.gongkai.ingest.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the input, the whole reader returns a report or refuses with {@link UnreadableInputException}: never
 * another exception, never a hang. Inputs are odd documents met so far, mangled copies of the seeds, and random
 * bytes and text (jqwik).
 */
class ReaderCrashCorpusTest {

    private static final List<String> SEEDS = List.of("000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48",
            "003_fb039c7f287ddd42", "004_741ea1e83a699561");

    /** Odd documents: each once made a reader stumble, or could. */
    private static final List<String> ODD = List.of(
            "表一2024年预算收支总表\n",
            "2024年预算收支总表\n合计\n",
            "2024年预算收支总表\n一、\n二十二、\n本年收入合计 1.00本年支出合计\n",
            "2024年预算收入总表\n201\n20101 x 1.00 2.00 3.00 4.00 5.00 6.00 7.00 8.00 9.00\n",
            "2024年项目支出预算表（本年预算）\n1 2 3 4 5 6 7\n\u3000\u3000\n",
            "2024年预算支出总表\n合计\t\t\t\n\t\t\t\t\t\n",
            "2024年一般公共预算安排基本支出分经济科目表\n合计 合计 合计\n301\n",
            "2024年财政拨款安排“三公”经费支出预算表\n①\n②\n合计 -0.00\n",
            "2024年国有资本经营预算收支预算表\n合计 1.00 2.00 3.00 4.00\n201 x 202 y 1.00\n",
            "第一部分\n第三部分\n第四部分\n屯留区县(区)级预算部门（单位）项目支出绩效目标表\n项目名称\n",
            "2024年预算收支总表\n99999999999999999999999999999.99 1,000,000,000.00\n");

    @Property(tries = 200)
    void randomBytesNeverEscape(@ForAll @Size(max = 3000) byte[] bytes) {
        assertReadsOrRefuses(bytes);
    }

    @Property(tries = 200)
    void randomDisclosureLikeTextNeverEscapes(@ForAll("disclosureText") String text) {
        assertReadsOrRefuses(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> disclosureText() {
        Arbitrary<String> pieces = Arbitraries.of("2024年预算收支总表\n", "合计", "一、", "（一）", "201 ", "2011399 ",
                "一般公共服务支出", " 16.93", "16.9316.93", "\t", "\n", "  ", "\u3000", "本年收入合计", "上年结转",
                "第三部分 情况说明\n", "项目名称 ", "产出指标", "≥90%", "万元", "占", "%", "注：本表无数据\n",
                "项目支出绩效目标表\n", "2024年项目支出预算表（上年结转）\n", "1 2 3 4 5\n");
        return pieces.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    @org.junit.jupiter.api.Test
    void oddDocumentsNeverEscape() {
        for (String text : ODD) {
            assertReadsOrRefuses(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @org.junit.jupiter.api.Test
    void mangledSeedsStillRead() throws IOException {
        for (String seed : SEEDS) {
            List<String> lines = seedLines(seed);
            Random random = new Random(seed.hashCode());
            for (int round = 0; round < 40; round++) {
                assertReadsOrRefuses(String.join("\n", mangle(lines, random)).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void assertReadsOrRefuses(byte[] bytes) {
        try {
            Report report = Reports.text().read("fuzz.txt", bytes);
            assertThat(report).isNotNull();
        } catch (UnreadableInputException refused) {
            assertThat(refused.getMessage()).contains(" / ");
        }
    }

    /** Drops, repeats, splits, swaps and truncates lines, and drops characters from them. */
    private static List<String> mangle(List<String> lines, Random random) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            switch (random.nextInt(14)) {
                case 0 -> { }
                case 1 -> {
                    out.add(line);
                    out.add(line);
                }
                case 2 -> {
                    int cut = line.isEmpty() ? 0 : random.nextInt(line.length());
                    out.add(line.substring(0, cut));
                    out.add(line.substring(cut));
                }
                case 3 -> out.add(0, line);
                case 4 -> out.add(line.isEmpty() ? line : line.substring(random.nextInt(line.length())));
                case 5 -> out.add(line.replaceAll("[0-9]", String.valueOf(random.nextInt(10))));
                default -> out.add(line);
            }
        }
        return out;
    }

    private static List<String> seedLines(String seed) throws IOException {
        try (InputStream in = ReaderCrashCorpusTest.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
