package io.gongkai.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.gongkai.batch.BatchSummary;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.batch.ProgressBar;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.store.Database;
import io.gongkai.store.ReportStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai import DIR [--data DIR | --db URL]}: reads, checks and stores every document under a directory in
 * the database that {@code gongkai serve} shows (H2 in ./data by default, or PostgreSQL). Each document is stored
 * in its own transaction; one that cannot be read or stored is a line on stderr and the run goes on. Run it again
 * to resume: documents whose content is stored already are skipped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"把目录下的全部公开文件读取、审核后存入数据库（与 gongkai serve 同一数据库）；可中断后重跑续传。",
            "Read, check and store every document under DIR in the database gongkai serve uses; run it again to "
                    + "resume (documents already stored are skipped)."},
        footerHeading = "%n退出状态 exit status:%n",
        footer = {"  0  全部存入或已存在 / every document stored or already stored",
            "  1  有文件无法读取或保存（逐个列在标准错误输出） / some documents could not be read or stored (listed on "
                    + "stderr)",
            "  2  目录无法读取、数据库无法打开或用法错误 / DIR unreadable, the database cannot be opened, or bad usage"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "公开文件所在目录（含子目录） / directory of disclosures (recursive)")
    Path directory;

    @Option(names = "--data", paramLabel = "DIR",
            description = "H2 数据目录（与 serve 相同） / embedded H2 data directory, as for serve (default: ./data)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "数据库 / database, e.g. jdbc:postgresql://host:5432/gongkai")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户 / database user")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:GONGKAI_DB_PASSWORD}",
            description = "数据库密码（或环境变量 GONGKAI_DB_PASSWORD） / database password (or the environment "
                    + "variable GONGKAI_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--threads", paramLabel = "N",
            description = "并行线程数（默认为处理器核数） / worker threads (default: the number of processors)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (data != null && db != null) {
            err.println("gongkai: --data 与 --db 只能选一个 / give --data or --db, not both");
            return ExitCodes.UNREADABLE;
        }
        if (!Files.isDirectory(directory)) {
            err.println("gongkai: 不是目录或无法读取：" + directory + " / not a readable directory: " + directory);
            return ExitCodes.UNREADABLE;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            err.println("gongkai: --threads 须至少为 1 / --threads must be at least 1");
            return ExitCodes.UNREADABLE;
        }
        String target = db != null ? db : Path.of("data").resolve("gongkai").toString();
        HikariDataSource dataSource;
        try {
            dataSource = open();
        } catch (IOException | RuntimeException e) {
            err.println("gongkai: 无法打开数据库 " + target + "（若 gongkai serve 正在使用同一 H2 数据目录，请先停止它） / "
                    + "cannot open the database " + target + " (stop gongkai serve first if it uses the same H2 "
                    + "data directory): " + rootMessage(e));
            return ExitCodes.UNREADABLE;
        }
        try (dataSource) {
            DocumentAuditor auditor = new DocumentAuditor(new Checker(RuleRegistry.all(), CheckConfig.DEFAULT));
            ProgressBar bar = new ProgressBar("gongkai import", err, System.console() != null, System::nanoTime);
            BatchSummary summary = new DatabaseImport(auditor, new ReportStore(dataSource), workers, bar, err)
                    .run(directory);
            err.flush();
            return summary.failed() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (IOException e) {
            err.println("gongkai: 无法读取目录 / cannot read the directory " + directory + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }

    /** The database: the JDBC URL given, else H2 in the data directory (./data, as gongkai serve). */
    private HikariDataSource open() throws IOException {
        if (db != null) {
            return Database.open(db, dbUser, dbPassword);
        }
        Path directory = data == null ? Path.of("data") : data;
        Files.createDirectories(directory);
        return Database.open(Database.h2Url(directory), null, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse("");
    }
}
