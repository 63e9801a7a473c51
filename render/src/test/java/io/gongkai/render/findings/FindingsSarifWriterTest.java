package io.gongkai.render.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF 2.1.0 log: the catalogue as the driver's rules and one result per finding. */
class FindingsSarifWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hasTheSchemaVersionAndTheCatalogueAsRules() throws Exception {
        JsonNode log = write(SampleRules.checked(SampleRules.SEED_000));

        assertThat(log.path("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode driver = log.path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("gongkai");
        assertThat(driver.path("version").asText()).isEqualTo("0.1.0");
        JsonNode rules = driver.path("rules");
        assertThat(rules).hasSize(3);
        JsonNode first = rules.get(0);
        assertThat(first.path("id").asText()).isEqualTo("TEST-001");
        assertThat(first.path("name").asText()).isEqualTo("ExpenditureTotalRule");
        assertThat(first.path("shortDescription").path("text").asText()).isEqualTo("表3合计等于测试值");
        assertThat(first.path("fullDescription").path("text").asText()).isEqualTo("测试用规则：总是报告表3合计多出1.00万元。");
        assertThat(first.path("help").path("text").asText()).contains("理由：测试用规则").contains("依据：测试依据 <恒等式 3>");
        assertThat(first.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(rules.get(1).path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        assertThat(rules.get(2).path("defaultConfiguration").path("level").asText()).isEqualTo("note");
        assertThat(first.path("properties").path("category").asText()).isEqualTo("CROSS_TABLE");
    }

    @Test
    void hasOneResultPerFindingWithLevelMessageAndLineOfTheEvidence() throws Exception {
        CheckedFile seed = SampleRules.checked(SampleRules.SEED_000);
        JsonNode run = write(seed).path("runs").get(0);

        JsonNode results = run.path("results");
        assertThat(results).hasSize(seed.result().findings().size()).hasSize(2);
        JsonNode error = results.get(0);
        assertThat(error.path("ruleId").asText()).isEqualTo("TEST-001");
        assertThat(error.path("ruleIndex").asInt()).isZero();
        assertThat(error.path("level").asText()).isEqualTo("error");
        assertThat(error.path("message").path("text").asText())
                .isEqualTo("表3「合计」合计为1554.77万元，比测试值多1.00万元（应为 1553.77，实为 1554.77，差额 +1.00）");
        JsonNode physical = error.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("000_c275e096c8611f2e.txt");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(214);
        assertThat(error.path("locations").get(0).path("logicalLocations").get(0).path("name").asText())
                .isEqualTo("表3「合计」合计");
        assertThat(error.path("properties").path("difference").asText()).isEqualTo("1.00");
        JsonNode remark = results.get(1);
        assertThat(remark.path("ruleIndex").asInt()).isEqualTo(2);
        assertThat(remark.path("level").asText()).isEqualTo("note");
        assertThat(remark.path("locations").get(0).path("physicalLocation").path("region").path("startLine")
                .asInt()).isEqualTo(725);
        assertThat(run.path("artifacts").get(0).path("location").path("uri").asText())
                .isEqualTo("000_c275e096c8611f2e.txt");
    }

    @Test
    void aFindingWithoutProvenanceHasNoRegionAndEachFileIsAnArtifact() throws Exception {
        StringBuilder out = new StringBuilder();
        new FindingsSarifWriter(SampleRules.ALL, "0.1.0").write(List.of(SampleRules.checked(SampleRules.SEED_000),
                SampleRules.checked(SampleRules.FIXTURE_A)), out);
        JsonNode run = JSON.readTree(out.toString()).path("runs").get(0);

        assertThat(run.path("artifacts")).hasSize(2);
        assertThat(run.path("results")).hasSize(5);
        JsonNode warning = run.path("results").get(3);
        assertThat(warning.path("ruleId").asText()).isEqualTo("TEST-002");
        assertThat(warning.path("level").asText()).isEqualTo("warning");
        JsonNode physical = warning.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("fixture-a-9tables.txt");
        assertThat(physical.path("artifactLocation").path("index").asInt()).isEqualTo(1);
        assertThat(physical.has("region")).isFalse();
    }

    @Test
    void aFindingOfARuleOutsideTheCatalogueHasNoRuleIndex() throws Exception {
        StringBuilder out = new StringBuilder();
        new FindingsSarifWriter(List.of(), "0.1.0").write(List.of(SampleRules.checked(SampleRules.SEED_000)), out);
        JsonNode run = JSON.readTree(out.toString()).path("runs").get(0);

        assertThat(run.path("tool").path("driver").path("rules")).isEmpty();
        assertThat(run.path("results").get(0).path("ruleId").asText()).isEqualTo("TEST-001");
        assertThat(run.path("results").get(0).has("ruleIndex")).isFalse();
    }

    @Test
    void filesBecomeUriReferences() {
        assertThat(FindingsSarifWriter.uri("seeds/000.txt")).isEqualTo("seeds/000.txt");
        assertThat(FindingsSarifWriter.uri("公开 报告.txt")).isEqualTo("%E5%85%AC%E5%BC%80%20%E6%8A%A5%E5%91%8A.txt");
        assertThat(FindingsSarifWriter.uri("/tmp/a b.txt")).isEqualTo("file:///tmp/a%20b.txt");
        assertThat(FindingsSarifWriter.uri("C:\\docs\\a.txt")).isEqualTo("file:///C:/docs/a.txt");
        assertThat(FindingsSarifWriter.uri("a:b.txt")).isEqualTo("./a:b.txt");
    }

    private static JsonNode write(CheckedFile file) throws Exception {
        StringBuilder out = new StringBuilder();
        new FindingsSarifWriter(SampleRules.ALL, "0.1.0").write(List.of(file), out);
        return JSON.readTree(out.toString());
    }
}
