package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code batch} command: tables written, a bad file in the errors table, progress on stderr, usage errors. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void writesTheTablesAndNamesTheUnreadableFile() throws Exception {
        Path corpus = corpus();
        Path output = dir.resolve("out");

        int status = cli.run("batch", corpus.toString(), "--out", output.toString(), "--format", "jsonl",
                "--threads", "2");

        assertThat(status).isEqualTo(ExitCodes.OK);
        List<JsonNode> reports = lines(output.resolve("reports"));
        assertThat(reports).extracting(r -> r.path("file").asText()).containsExactlyInAnyOrder("a/001.txt");
        // Seed 001 line 165: 收入总计 1024.87.
        assertThat(reports.get(0).path("income_total").asText()).isEqualTo("1024.87");
        assertThat(reports.get(0).path("year").asInt()).isEqualTo(2024);
        List<JsonNode> errors = lines(output.resolve("errors"));
        assertThat(errors).extracting(e -> e.path("file").asText()).containsExactly("broken.txt");
        assertThat(errors.get(0).path("message").asText()).contains(" / ");
        assertThat(lines(output.resolve("findings"))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("file").asText()).isEqualTo("a/001.txt"));
        assertThat(cli.err()).contains("2/2").contains("doc/s").contains("2 documents: 1 checked, 1 unreadable")
                .contains("1 unreadable, see");
        assertThat(cli.out()).isEmpty();

        // Again: everything is skipped.
        assertThat(cli.run("batch", corpus.toString(), "--out", output.toString(), "--format", "jsonl"))
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.err()).contains("resuming, 2 documents already done").contains("2 skipped");
        assertThat(lines(output.resolve("reports"))).hasSize(1);
    }

    @Test
    void badUsageExitsTwoWithABilingualLine() throws Exception {
        Path output = dir.resolve("out");
        assertThat(cli.run("batch", dir.resolve("missing").toString(), "--out", output.toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("不是目录").contains("not a readable directory");

        Path corpus = corpus();
        assertThat(cli.run("batch", corpus.toString(), "--out", output.toString(), "--format", "csv"))
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.run("batch", corpus.toString(), "--out", output.toString(), "--format", "parquet"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("--format csv");
        assertThat(cli.run("batch", corpus.toString(), "--out", output.toString(), "--format", "xml"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.run("batch", corpus.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.run("batch", corpus.toString(), "--out", output.toString(), "--threads", "0"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("a"));
        CommandLineRun.copyResource("seeds/001_2dc8c89a6b4bfa48.txt", corpus.resolve("a/001.txt"));
        Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0});
        return corpus;
    }


    private static List<JsonNode> lines(Path table) throws IOException {
        try (Stream<Path> parts = Files.list(table)) {
            return parts.sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
