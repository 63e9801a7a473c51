package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Procurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProcurementParserTest {

    private final ProcurementParser parser = new ProcurementParser();

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void matchesTheGolden(String name) {
        Seed seed = Seed.load(name);
        List<IngestIssue> issues = new ArrayList<>();
        NarrativeReading reading = seed.narrative(issues);
        Procurement procurement = parser.parse(reading, issues);
        JsonNode expected = seed.golden().path("procurement");

        assertThat(procurement.total()).isEqualByComparingTo(decimal(expected, "total"));
        assertThat(procurement.goods()).isEqualByComparingTo(decimal(expected, "goods"));
        assertThat(procurement.works()).isEqualByComparingTo(decimal(expected, "works"));
        assertThat(procurement.services()).isEqualByComparingTo(decimal(expected, "services"));
        assertThat(procurement.source().line()).isPositive();
    }

    @Test
    void leavesTheSmallFirmShareOutOfTheParts() {
        Seed seed = Seed.load("003_fb039c7f287ddd42");
        Procurement procurement = parser.parse(new NarrativeParser().read(seed.parts().narrative(), "",
                new ArrayList<>()), new ArrayList<>());

        assertThat(procurement.total()).isEqualByComparingTo("10.13");
        assertThat(procurement.goods()).isEqualByComparingTo("9.38");
        assertThat(procurement.works()).isEqualByComparingTo("0");
        assertThat(procurement.services()).isEqualByComparingTo("0.75");
    }

    @Test
    void aTotalWithoutTheWordTotalIsTheFirstAmount() {
        Procurement procurement = parse("""
                九、政府采购预算情况
                2024年某局政府采购预算12.5万元，其中：货物类8万元，服务类4.5万元。
                """);

        assertThat(procurement.total()).isEqualByComparingTo("12.5");
        assertThat(procurement.goods()).isEqualByComparingTo("8");
        assertThat(procurement.works()).isNull();
        assertThat(procurement.services()).isEqualByComparingTo("4.5");
    }

    @Test
    void noProcurementIsAZeroTotal() {
        Procurement procurement = parse("九、政府采购情况\n本单位2024年无政府采购预算。\n");

        assertThat(procurement.total()).isEqualByComparingTo("0");
        assertThat(procurement.goods()).isNull();
    }

    @Test
    void noProcurementSectionGivesNone() {
        assertThat(parse("一、收入预算情况说明\n收入100万元。\n")).isEqualTo(Procurement.NONE);
    }

    private Procurement parse(String text) {
        List<IngestIssue> issues = new ArrayList<>();
        return parser.parse(Seed.narrative(text, issues), issues);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asText());
    }
}
