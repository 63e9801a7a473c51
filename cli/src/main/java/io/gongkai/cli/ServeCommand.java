package io.gongkai.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai serve}: starts the web application. The server is its own Spring Boot executable jar
 * (server/target/gongkai-server-exec.jar); this command runs it as a child process with the same options, so the
 * command line's jar stays small and free of Spring.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动网站与 REST API（首次启动空数据库时载入示例公开文件）。",
            "Start the web application and REST API (the samples load on the first start of an empty database)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "端口 / port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "H2 数据目录 / embedded H2 data directory (default: ./data)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "数据库 / database, e.g. jdbc:postgresql://host/db?user=u&password=p")
    String db;

    @Option(names = "--demo", description = "载入示例公开文件 / load the sample disclosures")
    boolean demo;

    @Option(names = "--public", description = "公开只读，无需登录 / public read-only browsing without login")
    boolean publicRead;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (data != null && db != null) {
            spec.commandLine().getErr().println("gongkai: --data 与 --db 只能选一个 / give --data or --db, not both");
            return ExitCodes.UNREADABLE;
        }
        Path jar = serverJar();
        if (!Files.isRegularFile(jar)) {
            spec.commandLine().getErr().println("gongkai: 找不到服务器程序 " + jar + "，请用 ./gongkai serve 启动（会先构建）"
                    + " / the server jar is missing; start with ./gongkai serve, which builds it first");
            return ExitCodes.UNREADABLE;
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dfile.encoding=UTF-8", "-jar",
                jar.toString()));
        command.addAll(arguments());
        Process server = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        return server.waitFor();
    }

    /** The options as the server takes them. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        if (data != null) {
            args.add("--data");
            args.add(data.toString());
        }
        if (db != null) {
            args.add("--db");
            args.add(db);
        }
        if (demo) {
            args.add("--demo");
        }
        if (publicRead) {
            args.add("--public");
        }
        return args;
    }

    /** The server jar: -Dgongkai.server.jar, else server/target/gongkai-server-exec.jar next to cli/target. */
    static Path serverJar() throws URISyntaxException {
        String configured = System.getProperty("gongkai.server.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // cli/target/gongkai.jar, or cli/target/classes when run from the build: either way cli/target is its parent.
        Path cliTarget = here.getParent();
        return cliTarget.getParent().getParent().resolve("server").resolve("target").resolve("gongkai-server-exec.jar");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
