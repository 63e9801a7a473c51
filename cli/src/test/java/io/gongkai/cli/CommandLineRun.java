package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The command line run inside the test's JVM, as {@code gongkai} would run it, with standard output and standard
 * error captured; and test resources copied to files for the commands to read.
 */
final class CommandLineRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code gongkai args...} and returns its exit status. */
    int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs {@code gongkai args...} with commands made by the factory (a test gives a command other rules). */
    int run(CommandLine.IFactory factory, String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
    }

    /** What the runs so far wrote to standard output. */
    String out() {
        return out.toString();
    }

    /** What the runs so far wrote to standard error. */
    String err() {
        return err.toString();
    }

    /** Forgets the output of the runs so far. */
    void clearOut() {
        out.getBuffer().setLength(0);
    }

    /**
     * Copies a class-path resource (such as {@code seeds/000_c275e096c8611f2e.txt}) to a file, making its folders.
     *
     * @return the file
     */
    static Path copyResource(String resource, Path file) throws IOException {
        try (InputStream in = CommandLineRun.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(in, file);
            return file;
        }
    }
}
