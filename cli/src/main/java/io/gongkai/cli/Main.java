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
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** Runs a command line whose commands are made by the factory (tests give commands other rules). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new GongkaiCommand(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            err.println("gongkai: 命令用法错误 / bad usage: " + message
                    + "（gongkai --help 查看用法 / see gongkai --help）");
            return ExitCodes.UNREADABLE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("gongkai: 内部错误 / internal error: " + e);
            return ExitCodes.UNREADABLE;
        });
        return cli.execute(args);
    }
}
