package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.model.Assets;
import io.gongkai.model.GlossaryEntry;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Narrative;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.NarrativeSection;
import io.gongkai.model.Overview;
import io.gongkai.model.Procurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invented fixtures in other provinces' layouts (fixtures/README.md: a Hunan-style 9-table county bureau and
 * an 8-table municipal library) against their hand-written goldens: other section wordings, 1./1、 ordinals,
 * thousands separators, one long line per paragraph, glossaries with 是指 and no colon.
 */
class FixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"fixture-a-9tables", "fixture-b-8tables"})
    void narrativeMatchesTheGolden(String name) {
        Seed seed = Seed.fixture(name);
        Narrative narrative = new NarrativeParser().parse(seed.parts().narrative(), seed.unitName(), new ArrayList<>());
        JsonNode sections = seed.golden().path("narrative").path("sections");
        JsonNode facts = seed.golden().path("narrative").path("facts");

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(narrative.sections()).hasSize(sections.size());
        for (int i = 0; i < Math.min(sections.size(), narrative.sections().size()); i++) {
            NarrativeSection actual = narrative.sections().get(i);
            soft.assertThat(actual.number()).isEqualTo(sections.get(i).path("number").asText());
            soft.assertThat(actual.title()).isEqualTo(sections.get(i).path("title").asText());
            soft.assertThat(actual.text()).isEqualTo(sections.get(i).path("text").asText());
        }
        soft.assertThat(narrative.facts()).hasSize(facts.size());
        for (int i = 0; i < Math.min(facts.size(), narrative.facts().size()); i++) {
            NarrativeFact actual = narrative.facts().get(i);
            JsonNode want = facts.get(i);
            String at = "fact " + i + " " + actual + " vs " + want;
            soft.assertThat(actual.section()).as(at).isEqualTo(want.path("section").asText());
            soft.assertThat(actual.kind().name()).as(at).isEqualTo(want.path("kind").asText());
            soft.assertThat(actual.value()).as(at).isEqualByComparingTo(new BigDecimal(want.path("value").asText()));
            soft.assertThat(actual.unit()).as(at).isEqualTo(want.path("unit").asText());
            soft.assertThat(actual.subject()).as(at).contains(want.path("subject").asText());
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture-a-9tables", "fixture-b-8tables"})
    void assetsAndProcurementMatchTheGolden(String name) {
        Seed seed = Seed.fixture(name);
        List<IngestIssue> issues = new ArrayList<>();
        NarrativeReading reading = seed.narrative(issues);
        Assets assets = new AssetsParser().parse(reading, issues);
        Procurement procurement = new ProcurementParser().parse(reading, issues);
        JsonNode a = seed.golden().path("assets");
        JsonNode p = seed.golden().path("procurement");

        assertThat(assets.asOf()).isEqualTo(a.path("asOf").asText());
        assertThat(assets.vehicles().quota()).isEqualTo(a.path("vehicles").path("quota").asInt());
        assertThat(assets.vehicles().actual()).isEqualTo(a.path("vehicles").path("actual").asInt());
        Map<String, Integer> categories = new LinkedHashMap<>();
        a.path("vehicles").path("byCategory").fields()
                .forEachRemaining(e -> categories.put(e.getKey(), e.getValue().asInt()));
        assertThat(assets.vehicles().byCategory()).containsExactlyEntriesOf(categories);
        assertThat(assets.officeArea()).isEqualByComparingTo(new BigDecimal(a.path("officeArea").asText()));
        assertThat(assets.equipmentOver500k()).isEqualTo(a.path("equipmentOver500k").asInt());
        assertThat(assets.equipmentOver1m()).isEqualTo(a.path("equipmentOver1m").asInt());
        assertThat(procurement.total()).isEqualByComparingTo(new BigDecimal(p.path("total").asText()));
        assertThat(procurement.goods()).isEqualByComparingTo(new BigDecimal(p.path("goods").asText()));
        assertThat(procurement.works()).isEqualByComparingTo(new BigDecimal(p.path("works").asText()));
        assertThat(procurement.services()).isEqualByComparingTo(new BigDecimal(p.path("services").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture-a-9tables", "fixture-b-8tables"})
    void overviewMatchesTheGolden(String name) {
        Seed seed = Seed.fixture(name);
        Overview overview = new OverviewParser().parse(seed.parts().overview(), new ArrayList<>());
        JsonNode expected = seed.golden().path("overview");

        assertThat(overview.duties()).containsExactlyElementsOf(strings(expected.path("duties")));
        assertThat(overview.organisation()).isEqualTo(expected.path("organisation").asText());
        assertThat(overview.internalOffices()).containsExactlyElementsOf(strings(expected.path("internalOffices")));
        assertThat(overview.subordinateUnits()).containsExactlyElementsOf(strings(expected.path("subordinateUnits")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture-a-9tables", "fixture-b-8tables"})
    void glossaryMatchesTheGolden(String name) {
        Seed seed = Seed.fixture(name);
        List<GlossaryEntry> expected = new ArrayList<>();
        seed.golden().path("glossary").forEach(n -> expected.add(new GlossaryEntry(n.path("term").asText(),
                n.path("definition").asText())));

        assertThat(new GlossaryParser().parse(seed.parts().glossary(), new ArrayList<>()))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                .containsExactlyElementsOf(expected);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
