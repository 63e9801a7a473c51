package io.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.gongkai.store.ReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The REST API over real HTTP: upload, report, findings, export, bad uploads and who may do what. */
class ReportApiTest extends ServerTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ReportStore store;

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void uploadAnswers201WithTheSummaryAndTheReportCanBeReadBack() throws Exception {
        ResponseEntity<String> created = upload(ADMIN, ADMIN_PASSWORD, "000-v2.txt",
                revised(SEED_000, "更正：第二版（上传测试）"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode summary = JSON.readTree(created.getBody());
        long id = summary.path("id").asLong();
        assertThat(id).isPositive();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/reports/" + id);
        assertThat(summary.path("unit").asText()).isEqualTo("长治市屯留区商务发展中心");
        assertThat(summary.path("year").asInt()).isEqualTo(2024);
        assertThat(summary.path("kind").asText()).isEqualTo("BUDGET");
        assertThat(summary.path("outcome").asText()).isEqualTo("NEW_VERSION");
        assertThat(summary.path("version").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(summary.path("figures").path("incomeTotal").asText()).isEqualTo("1554.77");

        JsonNode report = JSON.readTree(get(VIEWER, "/api/reports/" + id).getBody());
        assertThat(report.path("document").path("unit").path("name").asText()).isEqualTo("长治市屯留区商务发展中心");
        assertThat(report.path("document").path("tables")).hasSize(13);

        ResponseEntity<String> again = upload(ADMIN, ADMIN_PASSWORD, "same-again.txt",
                revised(SEED_000, "更正：第二版（上传测试）"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(again.getBody()).path("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(JSON.readTree(again.getBody()).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void findingsComeInTheCheckFormatWithCountsThatAddUp() throws Exception {
        long id = idOf(SEED_001);

        JsonNode findings = JSON.readTree(get(VIEWER, "/api/reports/" + id + "/findings").getBody());

        assertThat(findings.path("report").path("year").asInt()).isEqualTo(2024);
        JsonNode list = findings.path("findings");
        int counted = findings.path("counts").path("ERROR").asInt() + findings.path("counts").path("WARNING").asInt()
                + findings.path("counts").path("INFO").asInt();
        assertThat(list.size()).isEqualTo(counted).isPositive();
        for (JsonNode f : list) {
            assertThat(f.path("rule").asText()).matches("[A-Z]+-\\d{3}");
            assertThat(f.path("severity").asText()).isIn("ERROR", "WARNING", "INFO");
            assertThat(f.has("location") && f.has("expected") && f.has("actual") && f.has("basis")).isTrue();
        }
        // DOMAIN.md: seed 001 says 7 goal tables in 十(2) but attaches 6 (COMP-010, an ERROR).
        assertThat(list.findValuesAsText("rule")).contains("COMP-010");
        JsonNode summary = JSON.readTree(get(VIEWER, "/api/reports/" + id).getBody());
        assertThat(summary.path("counts").path("ERROR").asInt())
                .isEqualTo(findings.path("counts").path("ERROR").asInt());
    }

    @Test
    void exportsTheFindingsInEveryFormat() throws Exception {
        long id = idOf(SEED_004);
        int findings = JSON.readTree(get(VIEWER, "/api/reports/" + id + "/findings").getBody()).path("findings")
                .size();

        ResponseEntity<byte[]> csv = rest.withBasicAuth(VIEWER, PASSWORD)
                .getForEntity(url("/api/reports/" + id + "/findings/export?format=csv"), byte[].class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("report-" + id + "-findings.csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(findings + 1);

        ResponseEntity<byte[]> xlsx = rest.withBasicAuth(VIEWER, PASSWORD)
                .getForEntity(url("/api/reports/" + id + "/findings/export?format=xlsx"), byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(findings);
        }

        JsonNode sarif = JSON.readTree(rest.withBasicAuth(VIEWER, PASSWORD)
                .getForEntity(url("/api/reports/" + id + "/findings/export?format=sarif"), byte[].class).getBody());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs").get(0).path("results")).hasSize(findings);

        JsonNode json = JSON.readTree(rest.withBasicAuth(VIEWER, PASSWORD)
                .getForEntity(url("/api/reports/" + id + "/findings/export?format=json"), byte[].class).getBody());
        assertThat(json.path("findings")).hasSize(findings);

        ResponseEntity<String> unknown = get(VIEWER, "/api/reports/" + id + "/findings/export?format=pdf");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(unknown.getBody()).path("error").asText()).contains("不支持").contains("unsupported");
    }

    @Test
    void exportsTheReportItselfAsPdfXlsxDocxAndHtml() throws Exception {
        long id = idOf(SEED_000);
        // Figures printed in sample 000: 收入总计 1554.77 (万元, tables 1 and 3) and the function class 2160699
        // 其他涉外发展服务支出 (tables 3 and 5), with the unit's name.
        List<String> expected = List.of("1554.77", "2160699", "其他涉外发展服务支出", "长治市屯留区商务发展中心");

        ResponseEntity<byte[]> pdf = export(id, "pdf");
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("report-" + id + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains(expected);
        }

        ResponseEntity<byte[]> xlsx = export(id, "xlsx");
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            DataFormatter formatter = new DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
                    cell -> cells.append(formatter.formatCellValue(cell)).append('\n'))));
        }
        assertThat(cells.toString()).contains(expected);

        ResponseEntity<byte[]> docx = export(id, "docx");
        assertThat(docx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(expected);
        }

        ResponseEntity<byte[]> html = export(id, "html");
        assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(new String(html.getBody(), StandardCharsets.UTF_8)).contains(expected);

        ResponseEntity<String> unknown = get(VIEWER, "/api/reports/" + id + "/export?format=csv");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(unknown.getBody()).path("error").asText()).contains("不支持").contains("unsupported");
        assertThat(get(VIEWER, "/api/reports/999999/export?format=pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<byte[]> export(long id, String format) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(VIEWER, PASSWORD)
                .getForEntity(url("/api/reports/" + id + "/export?format=" + format), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    @Test
    void badUploadsAreRefusedWithBilingualMessagesAndSaveNothing() throws Exception {
        long before = total();
        byte[] binary = new byte[20_000];
        new Random(8).nextBytes(binary);

        ResponseEntity<String> empty = upload(ADMIN, ADMIN_PASSWORD, "empty.txt", new byte[0]);
        ResponseEntity<String> noise = upload(ADMIN, ADMIN_PASSWORD, "noise.bin", binary);
        ResponseEntity<String> pdf = upload(ADMIN, ADMIN_PASSWORD, "scan.pdf",
                "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        ResponseEntity<String> oversized = upload(ADMIN, ADMIN_PASSWORD, "huge.txt", new byte[400 * 1024]);

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(JSON.readTree(empty.getBody()).path("error").asText()).contains("空").contains("empty");
        assertThat(noise.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(JSON.readTree(pdf.getBody()).path("error").asText()).contains("PDF");
        assertThat(oversized.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(JSON.readTree(oversized.getBody()).path("error").asText()).contains("过大").contains("too large");
        for (ResponseEntity<String> response : java.util.List.of(empty, noise, pdf, oversized)) {
            assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsAndEditorsOfTheUnitMayUpload() throws Exception {
        long before = total();

        ResponseEntity<String> anonymous = rest.postForEntity(url("/api/reports"), multipart("a.txt",
                revised(SEED_004, "匿名")), String.class);
        ResponseEntity<String> viewer = upload(VIEWER, PASSWORD, "v.txt", revised(SEED_004, "读者"));
        ResponseEntity<String> wrongPassword = upload(EDITOR, "wrong", "w.txt", revised(SEED_004, "密码错误"));
        // The samples' units exist and are not granted to the editor.
        ResponseEntity<String> notTheirUnit = upload(EDITOR, PASSWORD, "e.txt", revised(SEED_004, "编辑"));

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(viewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(notTheirUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JSON.readTree(notTheirUnit.getBody()).path("error").asText()).contains("无权");
        assertThat(total()).isEqualTo(before);
        assertThat(rest.getForEntity(url("/api/reports"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        accounts.grantUnit(EDITOR, store.find(idOf(SEED_004)).orElseThrow().unit().id());
        ResponseEntity<String> granted = upload(EDITOR, PASSWORD, "e2.txt", revised(SEED_004, "编辑（已授权）"));
        assertThat(granted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(total()).isEqualTo(before + 1);
    }

    @Test
    void errorsNeverShowAStackTrace() {
        for (String path : new String[] {"/api/reports/abc", "/api/reports/999999", "/api/compare?ids=1",
            "/api/reports?page=x"}) {
            ResponseEntity<String> response = get(VIEWER, path);
            assertThat(response.getStatusCode().is4xxClientError()).as(path).isTrue();
            assertThat(response.getBody()).as(path).contains("\"error\"").doesNotContain("Exception")
                    .doesNotContain("\tat ").doesNotContain("java.");
        }
    }

    @Test
    void rulesAndComparison() throws Exception {
        JsonNode rules = JSON.readTree(get(VIEWER, "/api/rules").getBody());
        assertThat(rules.size()).isGreaterThan(100);
        assertThat(rules.get(0).path("rationale").asText()).isNotBlank();

        long a = idOf(SEED_000);
        long b = idOf(SEED_001);
        JsonNode comparison = JSON.readTree(get(VIEWER, "/api/compare?ids=" + a + "," + b).getBody());
        assertThat(comparison.path("reports")).hasSize(2);
        JsonNode income = comparison.path("figures").get(0);
        assertThat(income.path("label").asText()).isEqualTo("收入总计");
        assertThat(income.path("values").get(0).decimalValue()).isEqualByComparingTo("1554.77");
        assertThat(income.path("differs").asBoolean()).isTrue();
        assertThat(comparison.path("classes").size()).isPositive();
    }


    private long idOf(String seed) throws Exception {
        JsonNode list = JSON.readTree(get(VIEWER, "/api/reports?latest=false&size=200").getBody());
        for (JsonNode r : list.path("reports")) {
            if (r.path("file").asText().equals(seed)) {
                return r.path("id").asLong();
            }
        }
        throw new AssertionError("sample not loaded: " + seed);
    }

    private long total() throws Exception {
        return JSON.readTree(get(ADMIN, "/api/reports?latest=false").getBody()).path("total").asLong();
    }

    private ResponseEntity<String> get(String user, String path) {
        String password = ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD;
        return rest.withBasicAuth(user, password).getForEntity(url(path), String.class);
    }

    private ResponseEntity<String> upload(String user, String password, String name, byte[] content) {
        return rest.withBasicAuth(user, password).postForEntity(url("/api/reports"), multipart(name, content),
                String.class);
    }
}
