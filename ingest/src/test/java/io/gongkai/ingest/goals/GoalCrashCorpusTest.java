package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.TextLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd inputs, asserting only that the parser returns: whole documents instead of their goal part, the badly
 * layered goal forms of seed 003, truncations, shuffles and character damage of the seeds' goal parts.
 */
class GoalCrashCorpusTest {

    private static final List<String> SEEDS = List.of(GoalSeeds.SEED_000, GoalSeeds.SEED_001, GoalSeeds.SEED_003,
            GoalSeeds.SEED_004);

    static Stream<Arguments> corpus() throws Exception {
        List<Arguments> out = new ArrayList<>();
        Random random = new Random(20240427);
        for (String seed : SEEDS) {
            List<SourceLine> all = TextLoader.load(seed, GoalSeeds.bytes("/seeds/" + seed + ".txt"));
            out.add(Arguments.of(seed + " whole document", all));
            List<SourceLine> goals = new io.gongkai.ingest.layout.LayoutAnalyzer(TableTitles.budget()).analyze(all)
                    .goals();
            int from = firstLineWith(all, "绩效目标申报表");
            if (from >= 0) {
                out.add(Arguments.of(seed + " 申报表 as goal tables", renamed(all.subList(from, all.size()))));
            }
            for (int cut = 1; cut < goals.size(); cut += 7) {
                out.add(Arguments.of(seed + " cut at " + cut, goals.subList(0, cut)));
                out.add(Arguments.of(seed + " from " + cut, goals.subList(cut, goals.size())));
            }
            List<SourceLine> shuffled = new ArrayList<>(goals);
            Collections.shuffle(shuffled, random);
            out.add(Arguments.of(seed + " shuffled", shuffled));
            out.add(Arguments.of(seed + " damaged", damaged(goals, random)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void returnsWithoutThrowing(String name, List<SourceLine> lines) {
        assertThatCode(() -> new PerformanceGoalParser().parse(lines)).doesNotThrowAnyException();
    }

    private static int firstLineWith(List<SourceLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).compact().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The 申报表 headings of seed 003 renamed so that they start tables. */
    private static List<SourceLine> renamed(List<SourceLine> lines) {
        return lines.stream().map(l -> l.withText(l.text().replace("绩效目标申报表", "绩效目标表"))).toList();
    }

    /** Lines with characters dropped, spaces and tabs inserted, and lines split in two. */
    private static List<SourceLine> damaged(List<SourceLine> lines, Random random) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : lines) {
            String t = line.text();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < t.length(); i++) {
                int roll = random.nextInt(20);
                if (roll == 0) {
                    continue;
                }
                sb.append(t.charAt(i));
                if (roll == 1) {
                    sb.append(random.nextBoolean() ? ' ' : '\t');
                }
            }
            String d = sb.toString();
            if (d.length() > 4 && random.nextInt(5) == 0) {
                int at = random.nextInt(d.length());
                out.add(line.withText(d.substring(0, at)));
                out.add(line.withText(d.substring(at)));
            } else {
                out.add(line.withText(d));
            }
        }
        return out;
    }
}
