package io.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.author.BudgetData;
import io.gongkai.author.LineItem;
import io.gongkai.author.input.BudgetJson;
import io.gongkai.author.input.BudgetWorkbook;
import io.gongkai.author.synthetic.SyntheticBudgets;
import io.gongkai.store.ReportQuery;
import io.gongkai.store.ReportSearch;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 编制预算 over real HTTP: budget data in, a derived, checked and stored report out; invalid data by cell. */
class BudgetAuthoringTest extends ServerTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2025;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ReportSearch search;

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void budgetJsonBecomesAStoredReportThatDownloadsInEveryFormat() throws Exception {
        BudgetData data = new SyntheticBudgets(YEAR).generate(YEAR, 11);
        byte[] json = new BudgetJson().toJson(data).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> created = post(ADMIN, ADMIN_PASSWORD, "budget.json", json);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode summary = JSON.readTree(created.getBody());
        long id = summary.path("id").asLong();
        assertThat(summary.path("kind").asText()).isEqualTo("BUDGET");
        assertThat(summary.path("year").asInt()).isEqualTo(YEAR);
        assertThat(summary.path("unit").asText()).isEqualTo(data.unit().name());
        JsonNode document = JSON.readTree(get("/api/reports/" + id).getBody()).path("document");
        assertThat(document.path("tables")).hasSize(13);
        // The report renders from its stored canonical JSON (the upload is budget data, not a disclosure).
        byte[] pdf = rest.withBasicAuth(VIEWER, PASSWORD).getForObject(url("/api/reports/" + id
                + "/export?format=pdf"), byte[].class);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        for (String format : List.of("xlsx", "docx")) {
            byte[] office = rest.withBasicAuth(VIEWER, PASSWORD).getForObject(url("/api/reports/" + id
                    + "/export?format=" + format), byte[].class);
            assertThat(new String(office, 0, 2, StandardCharsets.ISO_8859_1)).as(format).isEqualTo("PK");
        }
        String html = rest.withBasicAuth(VIEWER, PASSWORD).getForObject(url("/api/reports/" + id
                + "/export?format=html"), String.class);
        assertThat(html).contains(data.unit().name());

        ResponseEntity<String> again = post(ADMIN, ADMIN_PASSWORD, "budget-again.json", json);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(again.getBody()).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void invalidWorkbookIsRefusedCellByCellAndSavesNothing() throws Exception {
        long before = total();
        byte[] workbook = workbook(withUnknownFunctionCode(new SyntheticBudgets(YEAR).generate(YEAR, 12)));

        ResponseEntity<String> refused = post(ADMIN, ADMIN_PASSWORD, "budget.xlsx", workbook);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode body = JSON.readTree(refused.getBody());
        assertThat(body.path("error").asText()).contains("未保存").contains("nothing was saved");
        assertThat(body.path("problems")).isNotEmpty();
        JsonNode problem = body.path("problems").get(0);
        // A sheet and a cell, e.g. 明细!B2, and the unknown code named in both languages.
        assertThat(problem.path("location").asText()).matches(".+![A-Z]+[0-9]+");
        assertThat(refused.getBody()).contains("2019988");
        assertThat(refused.getBody()).doesNotContain("Exception");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void theAuthoringPageListsTheProblemsInChineseAndOnlyWritersMayUseIt() throws Exception {
        byte[] workbook = workbook(withUnknownFunctionCode(new SyntheticBudgets(YEAR).generate(YEAR, 13)));
        WebSession editor = new WebSession(url(""));
        assertThat(editor.logIn(ADMIN, ADMIN_PASSWORD)).isTrue();

        HttpResponse<String> page = editor.get("/author");
        HttpResponse<String> refused = editor.postFile("/author", "file", "budget.xlsx", workbook);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("编制部门预算公开报告").contains("budget.xlsx");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("处问题，未生成报告").contains("2019988").contains("class=\"location\"");
        HttpResponse<String> template = editor.get("/author/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);

        byte[] json = new BudgetJson().toJson(new SyntheticBudgets(YEAR).generate(YEAR, 14))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> stored = editor.postFile("/author", "file", "budget.json", json);
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(stored.headers().firstValue("Location").orElse("")).matches(".*/reports/[0-9]+");

        assertThat(post(VIEWER, PASSWORD, "budget.json", json).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity(url("/api/budgets"), multipart("budget.json", json), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        WebSession viewer = new WebSession(url(""));
        assertThat(viewer.logIn(VIEWER, PASSWORD)).isTrue();
        assertThat(viewer.get("/author").statusCode()).isEqualTo(403);
    }

    /** The same data with the first line item's functional code replaced by one that does not exist. */
    private static BudgetData withUnknownFunctionCode(BudgetData data) {
        List<LineItem> items = new ArrayList<>(data.lineItems());
        LineItem first = items.get(0);
        items.set(0, new LineItem(first.unit(), "2019988", first.economicCode(), first.governmentEconomicCode(),
                first.source(), first.nature(), first.project(), first.carryover(), first.amount()));
        return new BudgetData(data.year(), data.unit(), items, data.projects(), data.fundIncome(), data.soeIncome(),
                data.other());
    }

    private static byte[] workbook(BudgetData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BudgetWorkbook().write(data, out);
        return out.toByteArray();
    }

    private long total() {
        return search.find(new ReportQuery(null, null, null, null, null, false, false, 0, 1)).total();
    }

    private ResponseEntity<String> get(String path) {
        return rest.withBasicAuth(VIEWER, PASSWORD).getForEntity(url(path), String.class);
    }

    private ResponseEntity<String> post(String user, String password, String name, byte[] content) {
        return rest.withBasicAuth(user, password).postForEntity(url("/api/budgets"), multipart(name, content),
                String.class);
    }
}
