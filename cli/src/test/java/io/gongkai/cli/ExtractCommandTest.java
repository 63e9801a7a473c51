package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code extract} command's contract: JSON and text output, exit statuses, one-line bilingual errors. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void printsTheCanonicalJsonWithSummary() throws Exception {
        Path seed = copySeed("001_2dc8c89a6b4bfa48.txt");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            status = cli.run("extract", seed.toString());
        } finally {
            System.setOut(original);
        }

        assertThat(status).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8));
        assertThat(json.path("kind").asText()).isEqualTo("BUDGET");
        assertThat(json.path("year").asInt()).isEqualTo(2024);
        assertThat(json.path("unit").path("name").asText()).isEqualTo("忻州市商务局");
        assertThat(json.path("summary").path("incomeTotal").asText()).isEqualTo("1024.87");
        assertThat(json.path("summary").path("threePublicTotal").asText()).isEqualTo("10.00");
        assertThat(json.path("tables")).hasSize(13);
        assertThat(json.path("tables").get(0).path("rows").get(0).path("source").path("line").asInt())
                .as("provenance of the first row").isPositive();
    }

    @Test
    void printsAReadableOutline() throws Exception {
        Path seed = copySeed("000_c275e096c8611f2e.txt");

        int status = cli.run("extract", seed.toString(), "--format", "text");

        assertThat(status).isZero();
        assertThat(cli.out()).contains("长治市屯留区商务发展中心 2024年部门预算")
                .contains("表3 2024年预算支出总表").contains("2160299 其他商业流通事务支出");
    }

    @Test
    void emptyFileExitsTwoWithABilingualLine() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThat(cli.run("extract", empty.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("文件为空").contains("the file is empty").doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void binaryFileExitsTwo() throws Exception {
        Path binary = Files.write(dir.resolve("data.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});

        assertThat(cli.run("extract", binary.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("not a text file").hasLineCount(1);
    }

    @Test
    void textThatIsNotADisclosureExitsTwo() throws Exception {
        Path letter = Files.writeString(dir.resolve("letter.txt"), "各位好：\n今天开会。\n", StandardCharsets.UTF_8);

        assertThat(cli.run("extract", letter.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("不像是一份部门预算公开文件（也不是决算公开文件）")
                .contains("does not look like a budget disclosure (nor final accounts)").hasLineCount(1);
    }

    @Test
    void undecodableBytesExitTwo() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x81 + (i % 2) * 0x7e);
        }
        Path garbled = Files.write(dir.resolve("garbled.txt"), bytes);

        assertThat(cli.run("extract", garbled.toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).startsWith("gongkai: ").hasLineCount(1);
    }

    @Test
    void missingFileAndBadUsageExitTwo() {
        assertThat(cli.run("extract", dir.resolve("nope.txt").toString())).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("文件不存在").contains("no such file");
        assertThat(cli.run("extract", "--format", "yaml", "x.txt")).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("bad usage");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("extract");
    }


    private Path copySeed(String name) throws IOException {
        return CommandLineRun.copyResource("seeds/" + name, dir.resolve(name));
    }
}
