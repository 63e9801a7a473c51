package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.model.Assets;
import io.gongkai.model.IngestIssue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssetsParserTest {

    private final AssetsParser parser = new AssetsParser();

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void matchesTheGolden(String name) {
        Seed seed = Seed.load(name);
        List<IngestIssue> issues = new ArrayList<>();
        NarrativeReading reading = seed.narrative(issues);
        Assets assets = parser.parse(reading, issues);
        JsonNode expected = seed.golden().path("assets");

        assertThat(assets.asOf()).isEqualTo(expected.path("asOf").asText());
        assertThat(assets.vehicles().quota()).isEqualTo(expected.path("vehicles").path("quota").asInt());
        assertThat(assets.vehicles().actual()).isEqualTo(expected.path("vehicles").path("actual").asInt());
        Map<String, Integer> categories = new LinkedHashMap<>();
        expected.path("vehicles").path("byCategory").fields()
                .forEachRemaining(e -> categories.put(e.getKey(), e.getValue().asInt()));
        assertThat(assets.vehicles().byCategory()).containsExactlyEntriesOf(categories);
        assertThat(assets.officeArea()).isEqualByComparingTo(new BigDecimal(expected.path("officeArea").asText()));
        assertThat(assets.equipmentOver500k()).isEqualTo(expected.path("equipmentOver500k").asInt());
        assertThat(assets.equipmentOver1m()).isEqualTo(expected.path("equipmentOver1m").asInt());
        assertThat(assets.source().line()).isPositive();
    }

    @Test
    void findsTheAssetsSubSectionOfFinalAccounts() {
        Seed seed = Seed.load("003_fb039c7f287ddd42");
        NarrativeReading reading = new NarrativeParser().read(seed.parts().narrative(), "长治市屯留区人民政府办公室",
                new ArrayList<>());
        Assets assets = parser.parse(reading, new ArrayList<>());

        assertThat(assets.asOf()).isEqualTo("2023年12月31日");
        assertThat(assets.vehicles().quota()).isNull();
        assertThat(assets.vehicles().actual()).isEqualTo(2);
        assertThat(assets.vehicles().byCategory()).containsEntry("其他用车", 2).hasSize(8);
        assertThat(assets.equipmentOver500k()).isNull();
        assertThat(assets.equipmentOver1m()).isZero();
    }

    @Test
    void readsVehiclesAreaAndEquipmentFromHandMadeText() {
        Assets assets = parse("""
                十一、国有资产占有使用情况
                截至2024年3月31日，某局共有公务用车编制4辆，实有3辆，其中：领导用车1辆，执法执勤用车2辆。
                办公用房建筑总面积1,250.5平方米。
                单价50万元以上通用设备2台（套），单价100万元（原值）以上通用设备1台（套）。
                """);

        assertThat(assets.asOf()).isEqualTo("2024年3月31日");
        assertThat(assets.vehicles().quota()).isEqualTo(4);
        assertThat(assets.vehicles().actual()).isEqualTo(3);
        assertThat(assets.vehicles().byCategory()).containsExactly(Map.entry("领导用车", 1), Map.entry("执法执勤用车", 2));
        assertThat(assets.officeArea()).isEqualByComparingTo("1250.5");
        assertThat(assets.equipmentOver500k()).isEqualTo(2);
        assertThat(assets.equipmentOver1m()).isEqualTo(1);
    }

    @Test
    void readsTheDateWhateverTheWordingOfAsOf() {
        assertThat(parse("十一、国有资产占有使用情况\n截止到2023年底，实有车辆2辆。\n").asOf()).isEqualTo("2023年底");
        assertThat(parse("十一、资产情况\n截至目前，截止到2024年5月1日，车辆2辆。\n").asOf()).isEqualTo("2024年5月1日");
    }

    @Test
    void noAssetsSectionGivesNone() {
        assertThat(parse("一、收入预算情况说明\n收入100万元。\n")).isEqualTo(Assets.NONE);
    }

    private Assets parse(String text) {
        List<IngestIssue> issues = new ArrayList<>();
        return parser.parse(Seed.narrative(text, issues), issues);
    }
}
