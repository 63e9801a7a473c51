package io.gongkai.ingest.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.Overview;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OverviewParserTest {

    private final OverviewParser parser = new OverviewParser();

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.narrative.Seed#budgetSeeds")
    void matchesTheGolden(String name) {
        Seed seed = Seed.load(name);
        List<IngestIssue> issues = new ArrayList<>();
        Overview overview = parser.parse(seed.parts().overview(), issues);
        JsonNode expected = seed.golden().path("overview");

        assertThat(overview.duties()).containsExactlyElementsOf(strings(expected.path("duties")));
        assertThat(overview.organisation()).isEqualTo(expected.path("organisation").asText());
        assertThat(overview.internalOffices()).containsExactlyElementsOf(strings(expected.path("internalOffices")));
        assertThat(overview.subordinateUnits()).containsExactlyElementsOf(strings(expected.path("subordinateUnits")));
        assertThat(issues).isEmpty();
    }

    @Test
    void stopsWhereTheOrdinalsStartAgain() {
        Overview overview = parser.parse(Seed.load("003_fb039c7f287ddd42").parts().overview(), new ArrayList<>());

        assertThat(overview.duties()).hasSize(36);
        assertThat(overview.duties().get(10)).startsWith("负责机关和所属单位机构编制");
        assertThat(overview.organisation()).endsWith("金融服务中心。").doesNotContain("决算总表");
        assertThat(overview.internalOffices()).containsExactly("综合股", "秘书股", "会务股", "督查股", "金融工作股");
        assertThat(overview.subordinateUnits()).containsExactly("政府信息中心", "金融服务中心");
    }

    @Test
    void numberedDutiesJoinTheirWrappedLinesAndDropThePreamble() {
        Overview overview = parser.parse(Seed.lines("""
                一、主要职责
                根据有关规定，主要职责是：
                1、负责全区商务
                工作。
                2．承办交办事项。
                二、机构设置
                内设机构2个：办公室、业务股。
                """), new ArrayList<>());

        assertThat(overview.duties()).containsExactly("负责全区商务工作。", "承办交办事项。");
    }

    @Test
    void anUnnumberedDescriptionIsOneDuty() {
        Overview overview = parser.parse(Seed.lines("""
                一、本部门职责
                负责全区的人大
                工作；监督政府。
                """), new ArrayList<>());

        assertThat(overview.duties()).containsExactly("负责全区的人大工作；监督政府。");
    }

    @Test
    void itemsOfAnotherStyleStayInsideTheirDuty() {
        Overview overview = parser.parse(Seed.lines("""
                一、职责
                （一）负责以下事项：
                1.商贸流通；
                2.对外贸易。
                （二）完成其他任务。
                """), new ArrayList<>());

        assertThat(overview.duties()).containsExactly("负责以下事项：1.商贸流通；2.对外贸易。", "完成其他任务。");
    }

    @Test
    void readsOfficesAndUnitsInTheirVariousWordings() {
        Overview overview = parser.parse(Seed.lines("""
                一、职责
                （一）负责商务工作。
                二、机构设置情况
                本局内设机构共3个，分别是办公室（党组办公室）、人事科、对外贸易科。下属单位2个，分别为：
                商务服务中心、口岸服务中心。
                """), new ArrayList<>());

        assertThat(overview.internalOffices()).containsExactly("办公室（党组办公室）", "人事科", "对外贸易科");
        assertThat(overview.subordinateUnits()).containsExactly("商务服务中心", "口岸服务中心");
    }

    @Test
    void readsListsPrintedBeforeTheirCount() {
        Overview overview = parser.parse(Seed.lines("""
                一、主要职能
                （一）负责公共文化服务。
                二、机构设置
                本馆内设办公室、采编部、借阅部3个部门，下设分馆、流动服务站2个事业单位。
                """), new ArrayList<>());

        assertThat(overview.internalOffices()).containsExactly("办公室", "采编部", "借阅部");
        assertThat(overview.subordinateUnits()).containsExactly("分馆", "流动服务站");
    }

    @Test
    void noSubordinateUnitsGivesAnEmptyList() {
        Overview overview = parser.parse(Seed.lines("""
                一、职责
                负责商务工作。
                二、机构设置
                本部门内设机构2个，包括综合股、业务股。本部门无下属单位。
                """), new ArrayList<>());

        assertThat(overview.internalOffices()).containsExactly("综合股", "业务股");
        assertThat(overview.subordinateUnits()).isEmpty();
    }

    @Test
    void aCountThatDisagreesWithTheListIsAnIssue() {
        List<IngestIssue> issues = new ArrayList<>();
        Overview overview = parser.parse(Seed.lines("""
                一、职责
                负责商务工作。
                二、机构设置
                共设3个科室：办公室、业务科。
                """), issues);

        assertThat(overview.internalOffices()).containsExactly("办公室", "业务科");
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message()).contains("3", "2"));
    }

    @Test
    void textWithoutHeadingsIsKeptAsDutiesWithAnIssue() {
        List<IngestIssue> issues = new ArrayList<>();
        Overview overview = parser.parse(Seed.lines("负责商务工作。\n"), issues);

        assertThat(overview.duties()).containsExactly("负责商务工作。");
        assertThat(issues).hasSize(1);
        assertThat(parser.parse(List.of(), issues)).isEqualTo(Overview.EMPTY);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
