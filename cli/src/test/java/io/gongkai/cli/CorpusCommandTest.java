package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code corpus} and {@code evaluate} commands: a tiny corpus written and evaluated, and usage errors. */
class CorpusCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void writesACorpusAndEvaluatesIt() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(cli.run("corpus", "--count", "6", "--seed", "5", "--out", corpus.toString(), "--defects", "1"))
                .isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(12).contains("doc-00000.txt",
                    "doc-00000.truth.json", "doc-00005.txt");
        }
        JsonNode truth = JSON.readTree(corpus.resolve("doc-00000.truth.json").toFile());
        assertThat(truth.path("defect").path("type").asText()).isNotEmpty();

        assertThat(cli.run("evaluate", corpus.toString(), "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(cli.out());
        assertThat(report.path("documents").asInt()).isEqualTo(6);
        assertThat(report.path("cleanDocuments").asInt()).isZero();
        int planted = 0;
        for (JsonNode type : report.path("byType")) {
            planted += type.path("planted").asInt();
        }
        assertThat(planted).isEqualTo(6);

        cli.clearOut();
        assertThat(cli.run("evaluate", corpus.toString())).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("defect type").contains("TABLE_AMOUNT").contains("recall")
                .contains("precision");
    }

    @Test
    void writesEachFormatInItsOwnDirectoryAndEvaluatesThemAll() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(cli.run("corpus", "--count", "1", "--seed", "5", "--out", corpus.toString(), "--defects", "1",
                "--formats", "txt,pdf,xlsx,docx")).isEqualTo(ExitCodes.OK);
        for (String format : List.of("txt", "pdf", "xlsx", "docx")) {
            try (Stream<Path> files = Files.list(corpus.resolve(format))) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "doc-00000." + format, "doc-00000.truth.json");
            }
            JsonNode truth = JSON.readTree(corpus.resolve(format).resolve("doc-00000.truth.json").toFile());
            assertThat(truth.path("document").asText()).isEqualTo("doc-00000." + format);
            // The same document in every format: the same seed and the same planted defect.
            JsonNode text = JSON.readTree(corpus.resolve("txt").resolve("doc-00000.truth.json").toFile());
            assertThat(truth.path("seed")).isEqualTo(text.path("seed"));
            assertThat(truth.path("defect")).isEqualTo(text.path("defect"));
        }
        byte[] pdf = Files.readAllBytes(corpus.resolve("pdf/doc-00000.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] xlsx = Files.readAllBytes(corpus.resolve("xlsx/doc-00000.xlsx"));
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");

        assertThat(cli.run("evaluate", corpus.toString(), "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(cli.out());
        assertThat(report.path("documents").asInt()).isEqualTo(4);
        assertThat(report.path("unreadable").asInt()).isZero();
        int planted = 0;
        int detected = 0;
        for (JsonNode type : report.path("byType")) {
            planted += type.path("planted").asInt();
            detected += type.path("detected").asInt();
        }
        assertThat(planted).isEqualTo(4);
        // The planted defect is found in the text and in each rendered format.
        assertThat(detected).isEqualTo(4);
    }

    @Test
    void badUsageExitsTwoWithABilingualLine() throws Exception {
        assertThat(cli.run("corpus", "--count", "2", "--seed", "1", "--out", dir.toString(), "--defects", "1.5"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("--defects 须在").contains("must lie between");
        assertThat(cli.run("corpus", "--count", "2", "--seed", "1", "--out", dir.toString(), "--formats", "txt,odt"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("未知的文件格式：odt").contains("unknown format: odt");
        assertThat(cli.run("evaluate", dir.resolve("missing").toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("不是目录").contains("not a readable directory");
        Files.writeString(dir.resolve("stray.txt"), "预算收支总表");
        assertThat(cli.run("evaluate", dir.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("缺少真值文件").contains("a truth file is missing");
        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

}
