package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesACorpusAndEvaluatesIt() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(run("corpus", "--count", "6", "--seed", "5", "--out", corpus.toString(), "--defects", "1"))
                .isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(12).contains("doc-00000.txt",
                    "doc-00000.truth.json", "doc-00005.txt");
        }
        JsonNode truth = JSON.readTree(corpus.resolve("doc-00000.truth.json").toFile());
        assertThat(truth.path("defect").path("type").asText()).isNotEmpty();

        assertThat(run("evaluate", corpus.toString(), "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.path("documents").asInt()).isEqualTo(6);
        assertThat(report.path("cleanDocuments").asInt()).isZero();
        int planted = 0;
        for (JsonNode type : report.path("byType")) {
            planted += type.path("planted").asInt();
        }
        assertThat(planted).isEqualTo(6);

        out.getBuffer().setLength(0);
        assertThat(run("evaluate", corpus.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("defect type").contains("TABLE_AMOUNT").contains("recall")
                .contains("precision");
    }

    @Test
    void writesEachFormatInItsOwnDirectoryAndEvaluatesThemAll() throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(run("corpus", "--count", "1", "--seed", "5", "--out", corpus.toString(), "--defects", "1",
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

        assertThat(run("evaluate", corpus.toString(), "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(out.toString());
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
        assertThat(run("corpus", "--count", "2", "--seed", "1", "--out", dir.toString(), "--defects", "1.5"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(err.toString()).contains("--defects 须在").contains("must lie between");
        assertThat(run("corpus", "--count", "2", "--seed", "1", "--out", dir.toString(), "--formats", "txt,odt"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(err.toString()).contains("未知的文件格式：odt").contains("unknown format: odt");
        assertThat(run("evaluate", dir.resolve("missing").toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(err.toString()).contains("不是目录").contains("not a readable directory");
        Files.writeString(dir.resolve("stray.txt"), "预算收支总表");
        assertThat(run("evaluate", dir.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(err.toString()).contains("缺少真值文件").contains("a truth file is missing");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
