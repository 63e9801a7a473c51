package io.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The pages as they show final accounts (seed 003, 长治市屯留区人民政府办公室 2023年部门决算): the tables' 行次 and
 * 栏次, completeness against ten standard tables on the region page, and the linkage rules in the rule catalogue.
 */
class FinalAccountsPagesTest extends ServerTestBase {

    private static final String SEED_003 = "003_fb039c7f287ddd42.txt";

    @Autowired
    ReportStore store;

    @Autowired
    TestRestTemplate rest;

    private WebSession viewer;

    @BeforeEach
    void logIn() throws Exception {
        ensureUsers();
        viewer = new WebSession(url(""));
        assertThat(viewer.logIn(VIEWER, PASSWORD)).isTrue();
    }

    @Test
    void finalAccountsTablesShowTheirRowAndColumnNumbers() throws Exception {
        // Loaded on the first start; importing the same file again answers with the stored report.
        StoredReport report = store.importFile(ImportRequest.of(SEED_003, seed(SEED_003), ADMIN)).report();
        String page = viewer.get("/reports/" + report.id()).body();
        String table1 = table(page, 1);

        // 公开01 as the seed prints it (lines 222-283): name, 行次, amount, on both sides.
        assertThat(table1).contains("<th>项　目</th><th class=\"line-no\">行次</th>");
        assertRow(table1, "一、一般公共预算财政拨款收入", "1", "1441.24");
        assertRow(table1, "一、一般公共服务支出", "32", "434.88");
        assertRow(table1, "八、社会保障和就业支出", "39", "40.36");
        assertRow(table1, "十二、农林水支出", "43", "787.70");
        assertRow(table1, "十四、资源勘探工业信息等支出", "45", "144.00");
        assertRow(table1, "十九、住房保障支出", "50", "21.69");
        // Side by side as printed, though the income row's name wraps onto two lines in the seed (lines 218-222).
        assertThat(table1).containsPattern(line("一、一般公共预算财政拨款收入", "1", "1441.24", "一、一般公共服务支出", "32",
                "434.88"));
        assertThat(table1).containsPattern(line("八、其他收入", "8", "", "八、社会保障和就业支出", "39", "40.36"));
        assertThat(table1).containsPattern(line("本年收入合计", "27", "1441.24", "本年支出合计", "58", "1441.24"));
        // Its 栏次 line: "栏次 1 栏次 2" (seed line 214), 栏次 spanning the name and 行次 of each side.
        assertThat(table1).containsPattern("<tr class=\"column-numbers\">\\s*<th colspan=\"2\">栏次</th><th>1</th>"
                + "\\s*<th colspan=\"2\">栏次</th><th>2</th>");

        // 公开10 numbers its rows (合计 1 10.13, 货物 2 9.38, 服务 4 0.75, （一）行政单位 5 17.98) but not its column.
        String table10 = table(page, 10);
        assertRow(table10, "合计", "1", "10.13");
        assertRow(table10, "货物", "2", "9.38");
        assertRow(table10, "服务", "4", "0.75");
        assertRow(table10, "（一）行政单位", "5", "17.98");
        assertThat(table10).doesNotContain("栏次");

        // A budget's tables have neither.
        StoredReport budget = store.importFile(ImportRequest.of(SEED_000, seed(SEED_000), ADMIN)).report();
        String budgetPage = viewer.get("/reports/" + budget.id()).body();
        assertThat(budgetPage).contains("<section id=\"tables\">").doesNotContain("行次").doesNotContain("栏次");

        assertThat(page).contains("标准表格 <b>10</b>/<span>10</span>");
    }

    @Test
    void theRegionPageMeasuresFinalAccountsAgainstTenTables() throws Exception {
        StoredReport report = store.importFile(ImportRequest.of(SEED_003, seed(SEED_003), ADMIN)).report();
        String region = viewer.get("/regions?region=" + URLEncoder.encode(report.unit().region(),
                StandardCharsets.UTF_8) + "&year=2023&kind=FINAL_ACCOUNTS").body();

        assertThat(region).contains(report.unit().name()).contains("100%（10/10）")
                .contains("公开的标准表格数 / <span>10</span>（<span>部门决算的公开01至10表</span>）")
                .doesNotContain("/ 13").doesNotContain("/13");
    }

    @Test
    void theRuleCatalogueListsTheLinkageRules() throws Exception {
        String rules = viewer.get("/rules").body();
        String linkage = rules.substring(rules.indexOf("<h2>预决算衔接</h2>"));
        linkage = linkage.substring(0, linkage.indexOf("</section>"));
        // The linkage rules and their default severities (the closing note of the second session, issue 4).
        Map<String, String> severities = Map.of("LINK-001", "错误", "LINK-002", "警告", "LINK-003", "警告",
                "LINK-004", "错误", "LINK-005", "警告");
        for (Map.Entry<String, String> rule : severities.entrySet()) {
            assertThat(linkage).containsPattern("<tr id=\"" + rule.getKey() + "\">\\s*<td>" + rule.getKey()
                    + "</td><td>[^<]+</td>\\s*<td><span class=\"sev [A-Z]+\">" + rule.getValue()
                    + "</span></td>\\s*<td>[^<]+</td><td>[^<]+</td>");
        }
        assertThat(linkage).contains("年初预算");
        assertThat(rules).containsPattern("审核规则目录 <small>（\\d+ 条）</small>");

        JsonNode api = new ObjectMapper().readTree(rest.withBasicAuth(VIEWER, PASSWORD)
                .getForEntity(url("/api/rules"), String.class).getBody());
        assertThat(api.findValuesAsText("id")).contains("LINK-001", "LINK-002", "LINK-003", "LINK-004", "LINK-005");
        for (JsonNode rule : api) {
            if (rule.path("id").asText().startsWith("LINK-")) {
                assertThat(rule.path("category").asText()).isEqualTo("LINKAGE");
                assertThat(rule.path("rationale").asText()).isNotBlank();
                assertThat(rule.path("basis").asText()).isNotBlank();
            }
        }
    }

    /** One standard table's block on the report page. */
    private static String table(String page, int number) {
        int start = page.indexOf("id=\"t" + number + "\"");
        assertThat(start).as("table " + number + " on the page").isNotNegative();
        int end = page.indexOf("</table>", start);
        return page.substring(start, end);
    }

    /** A printed line of a two-sided table: name, 行次 and amount of the income row, then of the expenditure row. */
    private static String line(String income, String incomeLine, String incomeAmount, String expenditure,
                               String expenditureLine, String expenditureAmount) {
        return "<tr>\\s*" + side(income, incomeLine, incomeAmount) + "\\s*" + side(expenditure, expenditureLine,
                expenditureAmount) + "\\s*</tr>";
    }

    private static String side(String name, String lineNumber, String amount) {
        return "<td [^>]*>" + Pattern.quote(name) + "</td>\\s*<td class=\"line-no\">" + lineNumber
                + "</td>\\s*<td [^>]*>" + Pattern.quote(amount) + "</td>";
    }

    /** A row (or one side of a printed line) shows its name, then its 行次, then its amount. */
    private static void assertRow(String table, String name, String lineNumber, String amount) {
        assertThat(table).containsPattern(side(name, lineNumber, amount));
    }
}
