package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.author.BudgetExamples;
import io.gongkai.author.input.BudgetJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai template} and {@code gongkai author}: the workbook, the derived report, bilingual errors. */
class AuthorCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void writesTheTemplate() throws Exception {
        Path xlsx = dir.resolve("budget.xlsx");

        assertThat(cli.run("template", "-o", xlsx.toString())).isZero();

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("明细")).isNotNull();
            assertThat(book.getSheet("填写说明")).isNotNull();
        }
        assertThat(cli.out()).contains("template written");
    }

    @Test
    void derivesTheReportFromJsonAndFromTheFilledTemplate() throws Exception {
        Path json = dir.resolve("budget.json");
        Files.writeString(json, new BudgetJson().toJson(BudgetExamples.countyAgriculture()));
        Path fromJson = dir.resolve("report.json");
        Path xlsx = dir.resolve("budget.xlsx");
        Path fromXlsx = dir.resolve("report-xlsx.json");

        assertThat(cli.run("author", json.toString(), "-o", fromJson.toString())).isZero();
        assertThat(cli.run("template", "--example", "-o", xlsx.toString())).isZero();
        assertThat(cli.run("author", xlsx.toString(), "-o", fromXlsx.toString())).isZero();

        JsonNode report = new ObjectMapper().readTree(fromJson.toFile());
        assertThat(report.path("kind").asText()).isEqualTo("BUDGET");
        assertThat(report.path("unit").path("name").asText()).isEqualTo("示例县农业农村局");
        assertThat(report.path("tables")).hasSize(13);
        assertThat(report.path("summary").path("incomeTotal").asText()).isEqualTo("1813.45");
        assertThat(report.path("performanceGoals")).hasSize(8);
        assertThat(Files.readString(fromXlsx, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(fromJson, StandardCharsets.UTF_8));
    }

    @Test
    void reportsBadDataWithItsPlaceAndExitStatus2() throws Exception {
        Path json = dir.resolve("budget.json");
        Files.writeString(json, new BudgetJson().toJson(BudgetExamples.countyAgriculture())
                .replaceFirst("\"2130101\"", "\"2019988\""));

        assertThat(cli.run("author", json.toString())).isEqualTo(2);

        assertThat(cli.err()).contains("lineItems[0].functionCode：功能分类科目 2019988 不存在")
                .contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void refusesAMissingFile() {
        assertThat(cli.run("author", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("文件不存在").contains("does not exist");
    }

}
