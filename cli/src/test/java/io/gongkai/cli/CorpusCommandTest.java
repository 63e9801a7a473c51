package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void badUsageExitsTwoWithABilingualLine() throws Exception {
        assertThat(run("corpus", "--count", "2", "--seed", "1", "--out", dir.toString(), "--defects", "1.5"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(err.toString()).contains("--defects 须在").contains("must lie between");
        assertThat(run("corpus", "--count", "2", "--seed", "1", "--out", dir.toString(), "--formats", "pdf"))
                .isEqualTo(ExitCodes.UNREADABLE);
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
