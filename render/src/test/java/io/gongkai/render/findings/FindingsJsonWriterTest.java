package io.gongkai.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of the check contract (DESIGN.md), read back with a JSON parser. */
class FindingsJsonWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneFileIsAnObjectWithTheContractFields() throws Exception {
        JsonNode json = write(FindingsJsonWriter.objectForOneFile(), SampleRules.checked(SampleRules.SEED_000));

        assertThat(json.isObject()).isTrue();
        assertThat(fieldNames(json)).containsExactly("file", "report", "findings", "counts");
        assertThat(json.path("file").asText()).isEqualTo("000_c275e096c8611f2e.txt");
        assertThat(json.path("report").path("kind").asText()).isEqualTo("BUDGET");
        assertThat(json.path("report").path("year").asInt()).isEqualTo(2024);
        assertThat(json.path("report").path("unit").path("name").asText()).isEqualTo("长治市屯留区商务发展中心");
        assertThat(json.path("report").path("unit").path("code").asText()).isEqualTo("119");
        assertThat(json.path("counts").path("ERROR").asInt()).isEqualTo(1);
        assertThat(json.path("counts").path("WARNING").asInt()).isZero();
        assertThat(json.path("counts").path("INFO").asInt()).isEqualTo(1);
        assertThat(json.path("findings")).hasSize(2);
    }

    @Test
    void aFindingHasEveryFieldWithLocationValuesAndEvidence() throws Exception {
        JsonNode finding = write(FindingsJsonWriter.objectForOneFile(), SampleRules.checked(SampleRules.SEED_000))
                .path("findings").get(0);

        assertThat(fieldNames(finding)).containsExactly("rule", "severity", "category", "message", "tables",
                "location", "expected", "actual", "difference", "basis", "evidence");
        assertThat(finding.path("rule").asText()).isEqualTo("TEST-001");
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("category").asText()).isEqualTo("CROSS_TABLE");
        assertThat(finding.path("message").asText()).isEqualTo("表3「合计」合计为1554.77万元，比测试值多1.00万元");
        assertThat(finding.path("tables").toString()).isEqualTo("[3,1]");
        JsonNode location = finding.path("location");
        assertThat(location.path("table").asInt()).isEqualTo(3);
        assertThat(location.path("row").asText()).isEqualTo("合计");
        assertThat(location.path("column").asText()).isEqualTo("total");
        assertThat(location.path("section").isNull()).isTrue();
        assertThat(location.path("description").asText()).isEqualTo("表3「合计」合计");
        assertThat(finding.path("expected").asText()).isEqualTo("1553.77");
        assertThat(finding.path("actual").asText()).isEqualTo("1554.77");
        assertThat(finding.path("difference").asText()).isEqualTo("1.00");
        assertThat(finding.path("basis").asText()).isEqualTo("测试依据 <恒等式 3>");
        JsonNode evidence = finding.path("evidence").get(0);
        assertThat(evidence.path("what").asText()).isEqualTo("表3「合计」合计");
        assertThat(evidence.path("value").asText()).isEqualTo("1554.77");
        assertThat(evidence.path("source").path("file").asText()).isEqualTo("000_c275e096c8611f2e.txt");
        assertThat(evidence.path("source").path("line").asInt()).isEqualTo(214);
        assertThat(evidence.path("source").path("raw").asText()).contains("1554.77");
    }

    @Test
    void aNarrativeFindingHasNoTablesAndNullValues() throws Exception {
        JsonNode finding = write(FindingsJsonWriter.objectForOneFile(), SampleRules.checked(SampleRules.SEED_000))
                .path("findings").get(1);

        assertThat(finding.path("rule").asText()).isEqualTo("TEST-003");
        assertThat(finding.path("severity").asText()).isEqualTo("INFO");
        assertThat(finding.path("tables").isArray()).isTrue();
        assertThat(finding.path("tables")).isEmpty();
        assertThat(finding.path("location").path("section").asText()).isEqualTo("一");
        assertThat(finding.path("location").path("table").isNull()).isTrue();
        assertThat(finding.has("expected") && finding.path("expected").isNull()).isTrue();
        assertThat(finding.path("difference").isNull()).isTrue();
        assertThat(finding.path("evidence").get(0).path("source").path("line").asInt()).isEqualTo(725);
    }

    @Test
    void severalFilesAreAnArrayInTheOrderGiven() throws Exception {
        CheckedFile a = SampleRules.checked(SampleRules.FIXTURE_A);
        CheckedFile seed = SampleRules.checked(SampleRules.SEED_000);
        StringBuilder out = new StringBuilder();

        FindingsJsonWriter.objectForOneFile().write(List.of(a, seed), out);

        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.get(0).path("file").asText()).isEqualTo("fixture-a-9tables.txt");
        assertThat(json.get(0).path("counts").path("WARNING").asInt()).isEqualTo(1);
        assertThat(json.get(1).path("file").asText()).isEqualTo("000_c275e096c8611f2e.txt");
    }

    @Test
    void theArrayFormKeepsOneFileInAnArray() throws Exception {
        JsonNode json = write(FindingsJsonWriter.array(), SampleRules.checked(SampleRules.SEED_000));

        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).path("report").path("unit").path("name").asText()).isEqualTo("长治市屯留区商务发展中心");
    }

    private static JsonNode write(FindingsJsonWriter writer, CheckedFile file) throws Exception {
        StringBuilder out = new StringBuilder();
        writer.write(List.of(file), out);
        return JSON.readTree(out.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
