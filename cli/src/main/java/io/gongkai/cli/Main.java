package io.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code gongkai} command line. Bad usage and unreadable input exit 2 without a trace. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line and returns its exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GongkaiCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("gongkai: 命令用法错误 / bad usage: " + e.getMessage());
            err.println("gongkai --help 查看用法 / see gongkai --help");
            return ExitCodes.UNREADABLE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("gongkai: 内部错误 / internal error: " + e);
            return ExitCodes.UNREADABLE;
        });
        return cli.execute(args);
    }
}
