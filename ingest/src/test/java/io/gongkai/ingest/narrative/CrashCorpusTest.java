package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd and mangled inputs: the readers must return, never throw. */
class CrashCorpusTest {

    private static final List<String> ODD = List.of(
            "", "一、", "一、：", "（一）", "1、", "十二、其他说明\n（一）\n1.\n", "一、说明\n50万元（含5万元）以上\n",
            "一、说明\n增加\n", "一、说明\n减少了 -3%\n", "一、说明\n（（（（1万元））\n", "一、说明\n)))1万元\n",
            "一、说明\n99999999999999999999999万元\n", "一、资产\n截至\n0.5辆，99999999999辆，3.5台（套）\n",
            "二、机构设置\n内设机构99999999999个：\n下设：、、、\n", "一、\n二、\n一、\n", "第五部分\n附件\n",
            "九、政府采购\n无。\n", "一、说明\n,,,,1,000,万元\n", "一、说明\n1,2,3个 1..2万元 .5% 5.%\n");

    @Test
    void oddInputsDoNotThrow() {
        for (String text : ODD) {
            List<SourceLine> lines = Seed.lines(text);
            assertThatCode(() -> readAll(lines)).as(text).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c275e096c8611f2e", "001_2dc8c89a6b4bfa48", "003_fb039c7f287ddd42",
        "004_741ea1e83a699561"})
    void mangledSeedsDoNotThrow(String name) {
        Seed seed = Seed.load(name);
        List<SourceLine> all = new ArrayList<>(seed.parts().overview());
        all.addAll(seed.parts().narrative());
        all.addAll(seed.parts().glossary());
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 50; round++) {
            List<SourceLine> mangled = mangle(all, random);
            assertThatCode(() -> readAll(mangled)).as("round %d", round).doesNotThrowAnyException();
        }
    }

    private static void readAll(List<SourceLine> lines) {
        List<IngestIssue> issues = new ArrayList<>();
        new OverviewParser().parse(lines, issues);
        NarrativeReading reading = new NarrativeParser().read(lines, "某单位", issues);
        new AssetsParser().parse(reading, issues);
        new ProcurementParser().parse(reading, issues);
        new GlossaryParser().parse(lines, issues);
    }

    /** Drops, duplicates, splits and swaps lines, and cuts characters out of them. */
    private static List<SourceLine> mangle(List<SourceLine> lines, Random random) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            switch (random.nextInt(12)) {
                case 0 -> { }
                case 1 -> {
                    out.add(line);
                    out.add(line);
                }
                case 2 -> {
                    int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
                    out.add(line.withText(text.substring(0, cut)));
                    out.add(line.withText(text.substring(cut)));
                }
                case 3 -> {
                    int a = text.isEmpty() ? 0 : random.nextInt(text.length());
                    int b = Math.min(text.length(), a + random.nextInt(4));
                    out.add(line.withText(text.substring(0, a) + text.substring(b)));
                }
                case 4 -> out.add(0, line);
                default -> out.add(line);
            }
        }
        return out;
    }
}
