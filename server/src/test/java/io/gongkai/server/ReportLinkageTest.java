package io.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 预决算衔接 in the web application: the pair fixture (ingest fixtures/pair; every figure below is from its README)
 * stored as a budget, then its final accounts, then the final accounts with five planted disagreements as a new
 * version. The report pages and {@code GET /api/reports/{id}/linkage} follow each step.
 */
class ReportLinkageTest extends ServerTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BUDGET = "qingchuan-2022-budget.txt";
    private static final String FINAL = "qingchuan-2022-final.txt";
    private static final String PLANTED = "qingchuan-2022-final-planted.txt";

    /** A row of the page's linkage table: its rule, 应为 and 实为. */
    private static final Pattern LINKAGE_ROW = Pattern.compile("data-rule=\"(LINK-\\d{3})\"[\\s\\S]*?"
            + "<td class=\"expected\">([^<]*)</td>\\s*<td class=\"actual\">([^<]*)</td>");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ReportStore store;

    @Test
    void aBudgetAndItsFinalAccountsShowEachOtherWithTheLinkageFindings() throws Exception {
        ensureUsers();
        WebSession viewer = new WebSession(url(""));
        assertThat(viewer.logIn(VIEWER, PASSWORD)).isTrue();

        StoredReport budget = importPairFile(BUDGET);
        ResponseEntity<String> none = api("/api/reports/" + budget.id() + "/linkage");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getBody()).contains("没有同一单位同一年度的预算或决算").contains("no budget or final accounts");
        assertThat(viewer.get("/reports/" + budget.id()).body()).doesNotContain("id=\"linkage\"");
        JsonNode alone = JSON.readTree(api("/api/reports/" + budget.id() + "/findings/export?format=json").getBody());
        assertThat(alone.isObject()).as("unpaired: the report's own findings object, as before").isTrue();
        assertThat(alone.path("file").asText()).isEqualTo(BUDGET);

        // The clean pair: 年初预算 500.00 = 预算表5 合计, 三公 5.00 = 预算表10, both self-evaluated projects budgeted.
        StoredReport clean = importPairFile(FINAL);
        JsonNode cleanLinkage = JSON.readTree(api("/api/reports/" + budget.id() + "/linkage").getBody());
        assertThat(cleanLinkage.path("paired").path("id").asLong()).isEqualTo(clean.id());
        assertThat(cleanLinkage.path("paired").path("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(cleanLinkage.path("paired").path("year").asInt()).isEqualTo(2022);
        assertThat(cleanLinkage.path("linkage").path("budget").path("id").asLong()).isEqualTo(budget.id());
        assertThat(cleanLinkage.path("linkage").path("budget").path("file").asText()).isEqualTo(BUDGET);
        assertThat(cleanLinkage.path("linkage").path("finalAccounts").path("file").asText()).isEqualTo(FINAL);
        assertThat(cleanLinkage.path("linkage").path("finalAccounts").path("unit").path("name").asText())
                .isEqualTo("青川县自然资源局");
        assertThat(cleanLinkage.path("findings")).isEmpty();
        assertThat(cleanLinkage.path("counts").path("ERROR").asInt()).isZero();
        String budgetPage = viewer.get("/reports/" + budget.id()).body();
        assertThat(budgetPage).contains("<h2>预决算衔接 <small>（0）</small></h2>")
                .contains("href=\"/reports/" + clean.id() + "\">青川县自然资源局 2022年部门决算（v1）</a>")
                .contains("预算与决算衔接一致，未发现问题。");
        assertThat(viewer.get("/reports/" + clean.id()).body())
                .contains("href=\"/reports/" + budget.id() + "\">青川县自然资源局 2022年部门预算（v1）</a>");

        // The planted copy is a new version of the final accounts: it replaces the clean one in the pair.
        StoredReport planted = importPairFile(PLANTED);
        assertThat(planted.version()).isEqualTo(2);
        JsonNode linkage = JSON.readTree(api("/api/reports/" + budget.id() + "/linkage").getBody());
        assertThat(linkage.path("paired").path("id").asLong()).isEqualTo(planted.id());
        List<String> found = new ArrayList<>();
        for (JsonNode f : linkage.path("findings")) {
            found.add(f.path("rule").asText() + " " + f.path("expected").asText() + " " + f.path("actual").asText());
            assertThat(f.path("category").asText()).isEqualTo("LINKAGE");
        }
        // README: 年初预算 510.00 against 500.00; 公务接待费 预算数 2.50 against 2.00 (合计 5.50 against 5.00);
        // 国土空间规划编制 年初预算数 35.00 against 40.00.
        assertThat(found).contains("LINK-001 500.00 510.00", "LINK-002 2.00 2.50", "LINK-002 5.00 5.50",
                "LINK-004 40.00 35.00");
        assertThat(linkage.path("findings").findValuesAsText("rule")).containsExactlyInAnyOrder("LINK-001",
                "LINK-002", "LINK-002", "LINK-003", "LINK-004", "LINK-005");
        assertThat(linkage.path("counts").path("ERROR").asInt()).as("LINK-001 and LINK-004 are ERRORs")
                .isEqualTo(2);
        JsonNode fromFinal = JSON.readTree(api("/api/reports/" + planted.id() + "/linkage").getBody());
        assertThat(fromFinal.path("paired").path("id").asLong()).isEqualTo(budget.id());
        assertThat(fromFinal.path("paired").path("kind").asText()).isEqualTo("BUDGET");
        assertThat(fromFinal.path("findings")).hasSize(6);

        String page = viewer.get("/reports/" + budget.id()).body();
        assertThat(page).contains("<h2>预决算衔接 <small>（6）</small></h2>")
                .contains("href=\"/reports/" + planted.id() + "\">青川县自然资源局 2022年部门决算（v2）</a>")
                .doesNotContain("预算与决算衔接一致");
        List<String> rows = new ArrayList<>();
        Matcher m = LINKAGE_ROW.matcher(page.substring(page.indexOf("id=\"linkage\"")));
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        assertThat(rows).hasSize(6).contains("LINK-001 500.00 510.00", "LINK-004 40.00 35.00");
        assertThat(viewer.get("/reports/" + planted.id() + "").body()).contains("<h2>预决算衔接 <small>（6）</small></h2>");
        assertThat(viewer.get("/reports/" + clean.id()).body()).as("the old version still pairs with the budget")
                .contains("<h2>预决算衔接 <small>（0）</small></h2>");

        // The findings downloads carry the pair's LINK findings after the report's own.
        JsonNode download = JSON.readTree(api("/api/reports/" + budget.id() + "/findings/export?format=json").getBody());
        assertThat(download.isArray()).isTrue();
        assertThat(download.get(0).path("file").asText()).isEqualTo(BUDGET);
        assertThat(download.get(0).path("findings").findValuesAsText("rule")).noneMatch(r -> r.startsWith("LINK-"));
        assertThat(download.get(1).path("linkage").path("finalAccounts").path("file").asText()).isEqualTo(PLANTED);
        assertThat(download.get(1).path("findings").findValuesAsText("rule")).containsExactlyInAnyOrder("LINK-001",
                "LINK-002", "LINK-002", "LINK-003", "LINK-004", "LINK-005");
        String csv = api("/api/reports/" + planted.id() + "/findings/export?format=csv").getBody();
        assertThat(csv.lines().filter(line -> line.contains("LINK-")).toList()).hasSize(6)
                .allMatch(line -> line.contains(BUDGET + " ⇄ " + PLANTED));
        assertThat(csv).contains("LINK-001").contains("500.00").contains("510.00");
        JsonNode sarif = JSON.readTree(api("/api/reports/" + planted.id() + "/findings/export?format=sarif").getBody());
        assertThat(sarif.path("runs").get(0).path("results").findValuesAsText("ruleId")).contains("LINK-001",
                "LINK-004");
        assertThat(sarif.path("runs").get(0).path("tool").path("driver").path("rules").findValuesAsText("id"))
                .contains("LINK-001", "LINK-005");
        ResponseEntity<String> unknown = api("/api/reports/999999/linkage");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("没有这份报告").contains("no such report");
    }

    private StoredReport importPairFile(String name) throws Exception {
        try (InputStream in = ReportLinkageTest.class.getResourceAsStream("/pair/" + name)) {
            return store.importFile(ImportRequest.of(name, in.readAllBytes(), ADMIN)).report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<String> api(String path) {
        return rest.withBasicAuth(VIEWER, PASSWORD).getForEntity(url(path), String.class);
    }
}
