package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The narrative of each seed against the hand-written golden: sections (number, title, text) and every fact in
 * order (section, kind, value, unit exactly; the extracted subject contains the golden core phrase).
 */
class NarrativeGoldenTest {

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void sectionsMatchTheGolden(String name) {
        Seed seed = Seed.load(name);
        Narrative narrative = new NarrativeParser().parse(seed.parts().narrative(), seed.unitName(), new ArrayList<>());
        JsonNode expected = seed.golden().path("narrative").path("sections");

        assertThat(narrative.sections()).hasSize(expected.size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < expected.size(); i++) {
            NarrativeSection actual = narrative.sections().get(i);
            JsonNode want = expected.get(i);
            soft.assertThat(actual.number()).as("number of section %d", i).isEqualTo(want.path("number").asText());
            soft.assertThat(actual.title()).as("title of %s", actual.number()).isEqualTo(want.path("title").asText());
            soft.assertThat(actual.text()).as("text of %s", actual.number()).isEqualTo(want.path("text").asText());
            soft.assertThat(actual.source().line()).as("heading line of %s", actual.number()).isPositive();
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void factsMatchTheGoldenInOrder(String name) {
        Seed seed = Seed.load(name);
        Narrative narrative = new NarrativeParser().parse(seed.parts().narrative(), seed.unitName(), new ArrayList<>());
        JsonNode expected = seed.golden().path("narrative").path("facts");

        SoftAssertions soft = new SoftAssertions();
        int n = Math.min(expected.size(), narrative.facts().size());
        for (int i = 0; i < n; i++) {
            NarrativeFact actual = narrative.facts().get(i);
            JsonNode want = expected.get(i);
            String at = "fact " + i + " " + actual + " vs " + want;
            soft.assertThat(actual.section()).as(at).isEqualTo(want.path("section").asText());
            soft.assertThat(actual.kind().name()).as(at).isEqualTo(want.path("kind").asText());
            soft.assertThat(actual.value()).as(at).isEqualByComparingTo(new BigDecimal(want.path("value").asText()));
            soft.assertThat(actual.unit()).as(at).isEqualTo(want.path("unit").asText());
            soft.assertThat(actual.subject()).as(at).contains(want.path("subject").asText());
            soft.assertThat(actual.source().line()).as(at).isPositive();
        }
        soft.assertThat(narrative.facts()).as("number of facts").hasSize(expected.size());
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void factsPointAtTheLineWhereTheirNumberStarts(String name) {
        Seed seed = Seed.load(name);
        Narrative narrative = new NarrativeParser().parse(seed.parts().narrative(), seed.unitName(), new ArrayList<>());

        for (NarrativeFact fact : narrative.facts()) {
            String digits = fact.value().abs().toPlainString();
            String firstDigit = digits.substring(0, 1);
            assertThat(fact.source().raw()).as("%s", fact).contains(firstDigit);
            assertThat(fact.source().file()).isEqualTo(name + ".txt");
        }
    }

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void readsSeedsWithoutIssuesBeyondAttachedDocuments(String name) {
        Seed seed = Seed.load(name);
        List<IngestIssue> issues = new ArrayList<>();
        new NarrativeParser().parse(seed.parts().narrative(), seed.unitName(), issues);

        assertThat(issues).allSatisfy(issue -> assertThat(issue.message()).contains("公文"));
    }
}
