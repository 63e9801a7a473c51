package io.gongkai.author.derive;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetExamples;
import io.gongkai.author.synthetic.SyntheticBudgets;
import io.gongkai.ingest.narrative.NarrativeParser;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The facts the derivation records for its narrative are exactly the facts the text reader finds when it reads
 * the narrative's text: same sections, kinds, subjects, values and units, in the same order.
 */
class NarrativeFactsMatchReaderTest {

    @Test
    void theReaderFindsTheFactsTheDerivationRecorded() throws Exception {
        Report report = new ReportAuthor().derive(BudgetExamples.countyAgriculture());
        Narrative read = read(report);

        assertThat(report.narrative().facts()).hasSizeGreaterThan(100);
        assertThat(described(read.facts())).containsExactlyElementsOf(described(report.narrative().facts()));
        assertThat(read.sections()).extracting(NarrativeSection::number)
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");
    }

    @Property(tries = 60, seed = PropertySeeds.CI)
    void theReaderFindsTheDerivedFactsOfRandomBudgets(@ForAll long seed) {
        Report report = new ReportAuthor().deriveValid(new SyntheticBudgets(2024).generate(2024, seed));
        assertThat(described(read(report).facts())).as("seed %d", seed)
                .containsExactlyElementsOf(described(report.narrative().facts()));
    }

    /** Reads the derived narrative back through the ingest narrative reader. */
    static Narrative read(Report report) {
        List<SourceLine> lines = new ArrayList<>();
        for (NarrativeSection section : report.narrative().sections()) {
            add(lines, section.number() + "、" + section.title());
            for (String paragraph : section.text().split("\n")) {
                add(lines, paragraph);
            }
        }
        List<IngestIssue> issues = new ArrayList<>();
        Narrative narrative = new NarrativeParser().parse(lines, report.unit().name(), issues);
        assertThat(issues).isEmpty();
        return narrative;
    }

    private static void add(List<SourceLine> lines, String text) {
        lines.add(new SourceLine("derived.txt", 0, lines.size() + 1, text, text));
    }

    static List<String> described(List<NarrativeFact> facts) {
        return facts.stream().map(f -> f.section() + " " + f.kind() + " " + f.subject() + " "
                + f.value().toPlainString() + f.unit()).toList();
    }
}
