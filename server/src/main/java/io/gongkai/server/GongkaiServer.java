package io.gongkai.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web application. {@code gongkai serve [--port 8080] [--data DIR | --db URL] [--demo] [--public]}: the short
 * options are translated to Spring properties, and any Spring property ({@code --server.address=...}) also works.
 */
@SpringBootApplication
public class GongkaiServer {

    public static void main(String[] args) {
        List<String> translated;
        try {
            translated = translate(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gongkai serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        SpringApplication.run(GongkaiServer.class, translated.toArray(String[]::new));
    }

    /** The command's options as Spring properties. */
    static List<String> translate(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> out.add("--server.port=" + value(args, ++i, arg));
                case "--data" -> out.add("--gongkai.data=" + value(args, ++i, arg));
                case "--db" -> out.add("--gongkai.db=" + value(args, ++i, arg));
                case "--demo" -> out.add("--gongkai.demo=true");
                case "--public" -> out.add("--gongkai.public-read=true");
                case "-h", "--help" -> {
                    System.out.println("""
                            gongkai serve [--port 8080] [--data DIR | --db JDBC_URL] [--demo] [--public]
                              启动网站与 REST API / start the web application and REST API
                              --port   端口 / port (default 8080)
                              --data   H2 数据目录 / embedded H2 data directory (default ./data)
                              --db     数据库 JDBC URL，如 jdbc:postgresql://host/db?user=u&password=p
                              --demo   载入示例公开文件 / load the sample disclosures
                              --public 公开只读，无需登录即可浏览 / public read-only browsing without login""");
                    System.exit(0);
                }
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new IllegalArgumentException("未知选项 / unknown option: " + arg);
                    }
                    out.add(arg);
                }
            }
        }
        return out;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " 需要一个值 / needs a value");
        }
        return args[i];
    }
}
