package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The {@code import} command on the two real databases: H2 in a data directory and PostgreSQL (zonky embedded).
 * Three seed disclosures are stored with their key figures, rows and findings; a broken file and a text with no
 * disclosure table are error lines that leave nothing behind; a second run skips what is stored.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void storesTheReadableDocumentsInH2AndSkipsThemWhenRunAgain() throws Exception {
        Path corpus = corpus();
        Path data = dir.resolve("data");

        int status = cli.run("import", corpus.toString(), "--data", data.toString(), "--threads", "2");

        assertThat(status).as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.err())
                .contains("gongkai import: broken.txt: ")
                .contains("gongkai import: notes.txt: 未找到任何预算或决算公开表格")
                .contains("no standard budget or final-accounts table found")
                .contains("5/5").contains("doc/s")
                .contains("5 documents: 3 checked, 2 unreadable, 0 skipped")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.out()).isEmpty();
        DataSource h2 = new DriverManagerDataSource(Database.h2Url(data));
        assertStored(new JdbcTemplate(h2));

        // Again, into the same database: the three stored documents are skipped unread, nothing is added.
        int before = cli.err().length();
        assertThat(cli.run("import", corpus.toString(), "--data", data.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.err().substring(before))
                .contains("5 documents: 0 checked, 2 unreadable, 3 skipped");
        assertStored(new JdbcTemplate(h2));
    }

    @Test
    void storesTheSameInPostgresql() throws Exception {
        Path corpus = corpus();
        Files.delete(corpus.resolve("broken.txt"));
        Files.delete(corpus.resolve("notes.txt"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";

            int status = cli.run("import", corpus.toString(), "--db", url, "--db-user", "postgres", "--threads", "2");

            assertThat(status).as(cli.err()).isEqualTo(ExitCodes.OK);
            assertThat(cli.err()).contains("3 documents: 3 checked, 0 unreadable, 0 skipped");
            assertStored(new JdbcTemplate(postgres.getPostgresDatabase()));
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedOrBadUsageExitsTwoWithABilingualLine() throws Exception {
        Path corpus = corpus();
        assertThat(cli.run("import", corpus.toString(), "--db", "jdbc:nosuchdatabase://nowhere/gongkai"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("无法打开数据库").contains("cannot open the database");
        assertThat(cli.run("import", dir.resolve("missing").toString(), "--data", dir.resolve("data").toString()))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).contains("不是目录").contains("not a readable directory");
        assertThat(cli.run("import", corpus.toString(), "--data", "d", "--db", "jdbc:h2:mem:x"))
                .isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.run("import", corpus.toString(), "--threads", "0")).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(Path.of("d"))).isFalse();
    }

    /** The three seeds' reports, one upload each, with findings stored as the reports count them. */
    private static void assertStored(JdbcTemplate jdbc) {
        Map<String, BigDecimal> incomeTotals = new TreeMap<>();
        jdbc.query("SELECT file_name, income_total FROM reports", rs -> {
            incomeTotals.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
        });
        // 收入总计 as printed: seed 000 line 139, seed 001 line 165, seed 004 line 153.
        assertThat(incomeTotals).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "a/000.txt", new BigDecimal("1554.77"),
                "a/001.txt", new BigDecimal("1024.87"),
                "b/004.txt", new BigDecimal("810.58"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM uploads", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_documents", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT report_id) FROM table_rows", Integer.class))
                .isEqualTo(3);
        Integer counted = jdbc.queryForObject("SELECT SUM(error_count + warning_count + info_count) FROM reports",
                Integer.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM findings", Integer.class)).isEqualTo(counted);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'IMPORT' AND username = ?",
                Integer.class, DatabaseImport.USER)).isEqualTo(3);
    }

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("a"));
        Files.createDirectories(corpus.resolve("b"));
        copySeed("000_c275e096c8611f2e.txt", corpus.resolve("a/000.txt"));
        copySeed("001_2dc8c89a6b4bfa48.txt", corpus.resolve("a/001.txt"));
        copySeed("004_741ea1e83a699561.txt", corpus.resolve("b/004.txt"));
        Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0});
        Files.writeString(corpus.resolve("notes.txt"), "会议纪要\n本文件不是预决算公开。\n", StandardCharsets.UTF_8);
        return corpus;
    }

    private static void copySeed(String seed, Path to) throws IOException {
        CommandLineRun.copyResource("seeds/" + seed, to);
    }

}
