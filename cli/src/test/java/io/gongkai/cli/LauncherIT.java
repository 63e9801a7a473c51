package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./gongkai} launcher script, run by failsafe once the jar is packaged: the JVM options it gives the
 * commands that run through many documents, and the application class archive it keeps per command
 * ({@code cli/target/gongkai-COMMAND.jsa}). Each run prints the JVM's command-line flags
 * ({@code JAVA_TOOL_OPTIONS=-XX:+PrintCommandLineFlags}), which shows whether it dumped, mapped or had no archive.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path ARCHIVE = ROOT.resolve("cli/target/gongkai-batch.jsa");
    private static final Path SEEDS = ROOT.resolve("ingest/src/test/resources/seeds");

    private record Run(int status, String output) {
    }

    @Test
    void aBatchRunMakesTheClassArchiveOnceAndLaterRunsMapIt(@TempDir Path tmp) throws Exception {
        Files.deleteIfExists(ARCHIVE);

        Run help = launch(Map.of(), "batch", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.output()).doesNotContain("ArchiveClassesAtExit").doesNotContain("SharedArchiveFile");
        assertThat(ARCHIVE).as("a help run loads too few classes to be worth an archive").doesNotExist();

        Run failed = launch(Map.of(), "batch", tmp.resolve("missing").toString(), "--out", tmp.resolve("o1").toString());
        assertThat(failed.status()).isEqualTo(2);
        assertThat(failed.output()).contains("not a readable directory").contains("-XX:ArchiveClassesAtExit=");
        assertThat(ARCHIVE).as("a failed run keeps no archive").doesNotExist();

        Run off = launch(Map.of("GONGKAI_CDS", "0"), "batch", SEEDS.toString(), "--out", tmp.resolve("o2").toString());
        assertThat(off.status()).isZero();
        assertThat(off.output()).doesNotContain("ArchiveClassesAtExit").doesNotContain("SharedArchiveFile")
                .contains("-XX:+UseParallelGC");
        assertThat(ARCHIVE).as("GONGKAI_CDS=0").doesNotExist();

        Run first = launch(Map.of(), "batch", SEEDS.toString(), "--out", tmp.resolve("o3").toString());
        assertThat(first.status()).isZero();
        assertThat(first.output()).contains("-XX:ArchiveClassesAtExit=").doesNotContain("SharedArchiveFile");
        assertThat(ARCHIVE).isNotEmptyFile();
        assertThat(leftOverDumps()).as("the dump is renamed into place").isEmpty();
        FileTime made = Files.getLastModifiedTime(ARCHIVE);

        Run second = launch(Map.of(), "batch", SEEDS.toString(), "--out", tmp.resolve("o4").toString());
        assertThat(second.status()).isZero();
        assertThat(second.output()).contains("-XX:SharedArchiveFile=" + ARCHIVE)
                .doesNotContain("ArchiveClassesAtExit");
        assertThat(Files.getLastModifiedTime(ARCHIVE)).as("kept, not made again").isEqualTo(made);
        assertThat(fileNames(tmp.resolve("o4"))).as("the same tables as without the archive")
                .isEqualTo(fileNames(tmp.resolve("o2")));

        Run otherOptions = launch(Map.of("GONGKAI_JAVA_OPTIONS", "-Xshare:off"), "batch", SEEDS.toString(), "--out",
                tmp.resolve("o5").toString());
        assertThat(otherOptions.status()).isZero();
        assertThat(otherOptions.output()).as("GONGKAI_JAVA_OPTIONS replaces the options and, with -Xshare, the archive")
                .doesNotContain("SharedArchiveFile").doesNotContain("ArchiveClassesAtExit")
                .doesNotContain("-XX:+UseParallelGC");
    }

    private static Run launch(Map<String, String> environment, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("gongkai").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static List<Path> leftOverDumps() throws IOException {
        try (Stream<Path> files = Files.list(ARCHIVE.getParent())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa.tmp")
                    || f.getFileName().toString().contains(".jsa.")).toList();
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }
}
