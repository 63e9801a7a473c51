package io.gongkai.server.bench;

import io.gongkai.store.Database;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ReportStore;
import io.gongkai.store.SearchGrams;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with generated reports for the load measurement in docs/benchmarks.md (not a test).
 *
 * <p>The three samples are imported for real; every further report copies one of them (its report row, its
 * canonical JSON document, findings and projects) under a new unit with a new file hash. Usage:
 * {@code BenchmarkDatabase h2 DIR COUNT} or {@code BenchmarkDatabase postgres DIR COUNT} (starts an embedded
 * PostgreSQL on port 54329 with its data in DIR, fills it when it is empty, prints {@code ready URL} and keeps it
 * running until killed). Run by {@code benchmarks/web/web-load.sh}.
 */
public final class BenchmarkDatabase {

    private static final List<String> SEEDS = List.of("000_c275e096c8611f2e.txt", "001_2dc8c89a6b4bfa48.txt",
            "004_741ea1e83a699561.txt");

    private BenchmarkDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("h2")) {
            fill(Database.open(Database.h2Url(Path.of(args[1])), null, null), Integer.parseInt(args[2]));
            System.out.println("filled " + Database.h2Url(Path.of(args[1])));
            System.exit(0);
        }
        // PostgreSQL keeps its data directory, so that a later run serves the same database without filling it.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(54329).setDataDirectory(Path.of(args[1]))
                .setCleanDataDirectory(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("cannot stop PostgreSQL: " + e.getMessage());
            }
        }));
        String url = postgres.getJdbcUrl("postgres", "postgres");
        DataSource dataSource = Database.open(url, null, null);
        Long stored = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM reports", Long.class);
        if (stored == 0) {
            fill(dataSource, Integer.parseInt(args[2]));
            System.out.println("filled " + url);
        } else {
            System.out.println(stored + " reports already stored");
        }
        System.out.println("ready " + url);
        Thread.currentThread().join();
    }

    /**
     * Stores a copy of a document. Under heavy load H2 2.3.232 sometimes fails a large text's insert with
     * {@code MVStoreException: Chunk N not found} (h2database issue 4012); the insert is tried again, and the
     * failure is reported.
     */
    private static void insertDocument(JdbcTemplate jdbc, long report, String document) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                // A failed attempt may have written the row all the same.
                if (jdbc.queryForObject("SELECT COUNT(*) FROM report_documents WHERE report_id = ?", Integer.class,
                        report) == 0) {
                    jdbc.update("INSERT INTO report_documents (report_id, document) VALUES (?, ?)", report,
                            document);
                }
                return;
            } catch (org.springframework.dao.DataAccessException e) {
                System.out.println("document of report " + report + ", attempt " + attempt + ": "
                        + e.getMostSpecificCause().getMessage());
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    static void fill(DataSource dataSource, int count) throws Exception {
        ReportStore store = new ReportStore(dataSource);
        long[] templates = new long[SEEDS.size()];
        for (int i = 0; i < SEEDS.size(); i++) {
            try (InputStream in = BenchmarkDatabase.class.getResourceAsStream("/seeds/" + SEEDS.get(i))) {
                templates[i] = store.importFile(ImportRequest.of(SEEDS.get(i), in.readAllBytes(), "bench")).report()
                        .id();
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String[] documents = new String[templates.length];
        for (int i = 0; i < templates.length; i++) {
            documents[i] = jdbc.queryForObject("SELECT document FROM report_documents WHERE report_id = ?",
                    String.class, templates[i]);
        }
        List<List<String>> projectNames = new ArrayList<>();
        for (long template : templates) {
            projectNames.add(jdbc.queryForList("SELECT name FROM projects WHERE report_id = ? ORDER BY ordinal",
                    String.class, template));
        }
        SecureRandom random = new SecureRandom();
        String[] regions = {"长治市屯留区", "长治市潞州区", "忻州市忻府区", "太原市小店区", "大同市平城区"};
        long start = System.nanoTime();
        for (int n = SEEDS.size(); n < count; n++) {
            long template = templates[n % templates.length];
            String region = regions[n % regions.length];
            String unitName = region + "第" + n + "号单位";
            jdbc.update("INSERT INTO units (name, code, region, level, unit_type) VALUES (?, ?, ?, 'COUNTY', "
                    + "'ADMINISTRATIVE')", unitName, String.valueOf(100 + n % 900), region);
            Long unit = jdbc.queryForObject("SELECT id FROM units WHERE name = ? AND region = ?", Long.class,
                    unitName, region);
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            jdbc.update("INSERT INTO reports (unit_id, kind, report_year, version, upload_id, source_sha256, "
                    + "file_name, imported_at, imported_by, status, error_count, warning_count, "
                    + "info_count, table_count, income_total, expenditure_total, basic_expenditure, "
                    + "project_expenditure, personnel, public_expense, three_public_total, institution_operating, "
                    + "project_count, unit_region, unit_name) SELECT ?, kind, report_year - ?, 1, upload_id, ?, "
                    + "file_name, "
                    + "imported_at, imported_by, status, error_count, warning_count, info_count, table_count, "
                    + "income_total, expenditure_total, basic_expenditure, project_expenditure, personnel, "
                    + "public_expense, three_public_total, institution_operating, project_count, ?, ? FROM reports "
                    + "WHERE id = ?", unit, n % 3, HexFormat.of().formatHex(hash), region, unitName, template);
            Long report = jdbc.queryForObject("SELECT id FROM reports WHERE unit_id = ?", Long.class, unit);
            jdbc.update("INSERT INTO findings (report_id, ordinal, rule_id, severity, category, message, tables, "
                    + "table_number, row_label, column_name, section, expected, actual, difference, basis, evidence) "
                    + "SELECT ?, ordinal, rule_id, severity, category, message, tables, table_number, row_label, "
                    + "column_name, section, expected, actual, difference, basis, evidence FROM findings "
                    + "WHERE report_id = ?", report, template);
            // The document is copied through Java: H2 2.3.232 lost a LOB chunk ("Chunk 77 not found") when a
            // large text was copied by INSERT … SELECT within the same table.
            insertDocument(jdbc, report, documents[n % templates.length]);
            jdbc.update("INSERT INTO projects (report_id, ordinal, name, unit_name, funding, total) SELECT ?, "
                    + "ordinal, name, unit_name, funding, total FROM projects WHERE report_id = ?", report, template);
            List<String> searched = new ArrayList<>(projectNames.get(n % templates.length));
            searched.add(0, unitName);
            List<Object[]> grams = new ArrayList<>();
            for (String gram : SearchGrams.of(searched)) {
                grams.add(new Object[] {gram, report});
            }
            jdbc.batchUpdate("INSERT INTO search_grams (gram, report_id) VALUES (?, ?)", grams);
            if (n % 1000 == 0) {
                System.out.printf("%d reports, %.0f s%n", n, (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
