package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai check --link} with the real catalogue on the hand-built pair of fixtures/pair (青川县自然资源局
 * 2022): the consistent pair has no linkage finding; the planted copy of the final accounts has the five planted
 * disagreements, in every output format.
 */
class CheckLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void jsonListsTheFilesThenThePairWithItsLinkageFindings() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path planted = copy("qingchuan-2022-final-planted.txt");

        int status = cli.run("check", planted.toString(), budget.toString(), "--link", "--format", "json");

        assertThat(status).isEqualTo(ExitCodes.FINDINGS);
        JsonNode json = JSON.readTree(cli.out());
        assertThat(json).hasSize(3);
        assertThat(json.get(0).path("counts").path("ERROR").asInt()).isZero();
        assertThat(json.get(1).path("counts").path("ERROR").asInt()).isZero();
        JsonNode linkage = json.get(2);
        assertThat(linkage.path("linkage").path("budget").path("file").asText()).isEqualTo(budget.toString());
        assertThat(linkage.path("linkage").path("budget").path("kind").asText()).isEqualTo("BUDGET");
        assertThat(linkage.path("linkage").path("finalAccounts").path("file").asText()).isEqualTo(planted.toString());
        assertThat(linkage.path("linkage").path("finalAccounts").path("year").asInt()).isEqualTo(2022);
        List<String> rules = new ArrayList<>();
        linkage.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        assertThat(rules).containsExactly("LINK-001", "LINK-004", "LINK-002", "LINK-002", "LINK-003", "LINK-005");
        JsonNode first = linkage.path("findings").get(0);
        assertThat(first.path("category").asText()).isEqualTo("LINKAGE");
        assertThat(first.path("expected").asText()).isEqualTo("500.00");
        assertThat(first.path("actual").asText()).isEqualTo("510.00");
        assertThat(linkage.path("counts").path("ERROR").asInt()).isEqualTo(2);
        assertThat(linkage.path("counts").path("WARNING").asInt()).isEqualTo(4);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theConsistentPairHasNoLinkageFindingAndExitsZero() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path fa = copy("qingchuan-2022-final.txt");

        int status = cli.run("check", budget.toString(), fa.toString(), "--link", "--color", "never");

        assertThat(status).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains(budget + " ⇄ " + fa + "（预决算衔接 linkage）")
                .doesNotContain("LINK-");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void withoutLinkTheSameFilesGetNoLinkageFindings() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path planted = copy("qingchuan-2022-final-planted.txt");

        assertThat(cli.run("check", budget.toString(), planted.toString(), "--color", "never")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).doesNotContain("LINK-").doesNotContain("⇄");
    }

    @Test
    void sarifDescribesTheLinkageRulesAndReportsTheirResults() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path planted = copy("qingchuan-2022-final-planted.txt");

        assertThat(cli.run("check", budget.toString(), planted.toString(), "--link", "--format", "sarif"))
                .isEqualTo(ExitCodes.FINDINGS);

        JsonNode run = JSON.readTree(cli.out()).path("runs").get(0);
        List<String> described = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(r -> described.add(r.path("id").asText()));
        assertThat(described).contains("LINK-001", "LINK-005");
        List<String> results = new ArrayList<>();
        run.path("results").forEach(r -> results.add(r.path("ruleId").asText()));
        assertThat(results).filteredOn(id -> id.startsWith("LINK-")).hasSize(6);
    }

    @Test
    void htmlShowsThePairAndItsFindings() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path planted = copy("qingchuan-2022-final-planted.txt");

        assertThat(cli.run("check", budget.toString(), planted.toString(), "--link", "--format", "html"))
                .isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.out()).contains("预决算衔接 linkage").contains("LINK-004")
                .contains("绩效自评表年初预算数35.00万元");
    }

    @Test
    void linkageRulesCanBeSuppressed() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path planted = copy("qingchuan-2022-final-planted.txt");

        int status = cli.run("check", budget.toString(), planted.toString(), "--link", "--format", "json",
                "--suppress", "LINK-001,LINK-004");

        assertThat(status).isEqualTo(ExitCodes.OK);
        List<String> rules = new ArrayList<>();
        JSON.readTree(cli.out()).get(2).path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        assertThat(rules).containsExactly("LINK-002", "LINK-002", "LINK-003", "LINK-005");
    }

    @Test
    void noPairIsSaidOnStandardErrorAndTheFilesAreStillChecked() throws Exception {
        Path budget = copy("qingchuan-2022-budget.txt");
        Path seed003 = CommandLineRun.copyResource("seeds/003_fb039c7f287ddd42.txt", dir.resolve("003.txt"));

        cli.run("check", budget.toString(), seed003.toString(), "--link", "--format", "json");

        assertThat(cli.err()).contains("--link 未找到同一单位同一年度的预算和决算")
                .contains("found no budget and final accounts of the same unit and year");
        assertThat(JSON.readTree(cli.out())).hasSize(2);
    }


    private Path copy(String name) throws IOException {
        return CommandLineRun.copyResource("fixtures/pair/" + name, dir.resolve(name));
    }
}
