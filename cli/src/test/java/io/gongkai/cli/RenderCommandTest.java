package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetExamples;
import io.gongkai.author.derive.ReportAuthor;
import io.gongkai.author.input.BudgetJson;
import io.gongkai.model.Report;
import io.gongkai.model.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code render} command: each format written where asked, bad input and bad paths exit 2 with one line. */
class RenderCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void rendersHtmlXlsxAndPdf() throws Exception {
        Path seed = copySeed("000_c275e096c8611f2e.txt");

        assertThat(cli.run("render", seed.toString(), "--to", "html", "-o", dir.resolve("r.html").toString())).isZero();
        assertThat(Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8))
                .contains("<title>长治市屯留区商务发展中心2024年部门预算公开</title>", "2160699");

        assertThat(cli.run("render", seed.toString(), "--to", "xlsx", "-o", dir.resolve("r.xlsx").toString())).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(dir.resolve("r.xlsx").toFile())) {
            assertThat(book.getSheet("表1").getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年预算收支总表");
        }

        assertThat(cli.run("render", seed.toString(), "--to", "pdf", "--output", dir.resolve("r.pdf").toString()))
                .isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("2024年预算收支总表", "1554.77");
        }
        assertThat(cli.err()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void rendersBudgetDataDerivedIntoTheWholeReport() throws Exception {
        BudgetData data = BudgetExamples.countyAgriculture();
        Report derived = new ReportAuthor().derive(data);
        Path json = Files.writeString(dir.resolve("budget.json"), new BudgetJson().toJson(data));

        assertThat(cli.run("render", json.toString(), "--to", "html", "-o", dir.resolve("b.html").toString())).isZero();
        String html = Files.readString(dir.resolve("b.html"), StandardCharsets.UTF_8);
        assertThat(html).contains(data.unit().name(), "2130101")
                .contains(Summary.of(derived).incomeTotal().toPlainString());
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void invalidBudgetDataExitsTwoNamingEachProblem() throws Exception {
        String broken = new BudgetJson().toJson(BudgetExamples.countyAgriculture())
                .replaceFirst("\"2130101\"", "\"2019988\"");
        Path json = Files.writeString(dir.resolve("budget.json"), broken);
        Path target = dir.resolve("b.pdf");

        assertThat(cli.run("render", json.toString(), "--to", "pdf", "-o", target.toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("功能分类科目 2019988 不存在").contains("functional code 2019988");
        assertThat(target).doesNotExist();
    }

    @Test
    void unreadableInputExitsTwoAndWritesNothing() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path target = dir.resolve("out.pdf");

        assertThat(cli.run("render", empty.toString(), "--to", "pdf", "-o", target.toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("文件为空").contains("the file is empty").hasLineCount(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void badOutputPathsAndFormatsExitTwo() throws Exception {
        Path seed = copySeed("000_c275e096c8611f2e.txt");

        assertThat(cli.run("render", seed.toString(), "--to", "html", "-o", dir.resolve("no/such/dir/r.html").toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("输出目录不存在").contains("the output directory does not exist");

        assertThat(cli.run("render", seed.toString(), "--to", "html", "-o", dir.toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("the output path is a directory");

        assertThat(cli.run("render", seed.toString(), "--to", "odt", "-o", dir.resolve("r.odt").toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("bad usage");
        assertThat(cli.run("render", seed.toString(), "-o", dir.resolve("r.pdf").toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("--to");
        assertThat(cli.err()).doesNotContain("Exception");
    }

    @Test
    void helpListsRender() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("render");
    }


    private Path copySeed(String name) throws IOException {
        return CommandLineRun.copyResource("seeds/" + name, dir.resolve(name));
    }
}
