package io.gongkai.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lists stored reports with filters, search and paging, and the values the filters can take. Thread-safe. */
public final class ReportSearch {

    /** The most filters whose counts are kept. */
    private static final int CACHED_FILTERS = 500;

    private final JdbcTemplate jdbc;
    private volatile Choices choices;
    private final Map<List<Object>, ListCounts> countCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, ListCounts> eldest) {
            return size() > CACHED_FILTERS;
        }
    };

    public ReportSearch(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The reports matching a query, newest year first, then by region and unit name. The page is read in the order
     * of the index {@code reports_list_order} (no sort of every match); the total comes from {@link #counts}.
     */
    public Page<StoredReport> find(ReportQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<StoredReport> items = jdbc.query("SELECT " + ReportStore.REPORT_COLUMNS
                + " FROM reports r JOIN units u ON u.id = r.unit_id" + where
                + " ORDER BY r.report_year DESC, r.unit_region, r.unit_name, r.kind, r.version DESC LIMIT ? OFFSET ?",
                ReportStore.REPORT_MAPPER, pageArgs.toArray());
        return new Page<>(items, query.page(), query.size(), counts(query).reports());
    }

    /**
     * How many reports match a query's filters and how many findings of each severity they have. Counting reads
     * every matching report, so the answer is kept per filter and database state: reports are only ever added
     * (identity ids, never deleted) and a report's counts never change, so the highest report id identifies the
     * state. A newer import changes the key; nothing else needs to clear it.
     */
    public ListCounts counts(ReportQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        List<Object> key = new ArrayList<>(args);
        key.add(0, where);
        key.add(state());
        synchronized (countCache) {
            ListCounts cached = countCache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ListCounts counts = jdbc.queryForObject("SELECT COUNT(*) AS n, COALESCE(SUM(r.error_count), 0) AS e, "
                + "COALESCE(SUM(r.warning_count), 0) AS w, COALESCE(SUM(r.info_count), 0) AS i FROM reports r"
                + where,
                (rs, row) -> new ListCounts(rs.getLong("n"), rs.getLong("e"), rs.getLong("w"), rs.getLong("i")),
                args.toArray());
        synchronized (countCache) {
            countCache.put(key, counts);
        }
        return counts;
    }

    /**
     * The size and findings of a filtered list.
     *
     * @param reports matching reports
     * @param errors their ERROR findings in all
     * @param warnings their WARNING findings
     * @param infos their INFO findings
     */
    public record ListCounts(long reports, long errors, long warnings, long infos) {
    }

    /** Every stored report of these ids, in the order given (unknown ids are skipped). */
    public List<StoredReport> byIds(List<Long> ids) {
        List<StoredReport> found = new ArrayList<>();
        for (Long id : ids) {
            found.addAll(jdbc.query("SELECT " + ReportStore.REPORT_COLUMNS
                    + " FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.id = ?", ReportStore.REPORT_MAPPER,
                    id));
        }
        return found;
    }

    /** The regions that have reports, with how many units each (kept until the next import). */
    public Map<String, Integer> regions() {
        return choices().regions();
    }

    /** The years that have reports, newest first (kept until the next import). */
    public List<Integer> years() {
        return choices().years();
    }

    private Choices choices() {
        long state = state();
        Choices current = this.choices;
        if (current == null || current.state() != state) {
            current = new Choices(state, Collections.unmodifiableMap(readRegions()), List.copyOf(readYears()));
            this.choices = current;
        }
        return current;
    }

    /**
     * The database state that the lists' counts and choices depend on: the newest report's id (see counts). Reports
     * are only ever added, so anything derived from which reports are stored is still right while this is unchanged.
     */
    public long state() {
        Long newest = jdbc.queryForObject("SELECT MAX(id) FROM reports", Long.class);
        return newest == null ? 0L : newest;
    }

    /** The filters' choices as of one database state. */
    private record Choices(long state, Map<String, Integer> regions, List<Integer> years) {
    }

    private Map<String, Integer> readRegions() {
        Map<String, Integer> regions = new LinkedHashMap<>();
        jdbc.query("SELECT region, COUNT(*) AS units FROM units GROUP BY region ORDER BY region",
                rs -> {
                    regions.put(rs.getString("region"), rs.getInt("units"));
                });
        return regions;
    }

    private List<Integer> readYears() {
        return jdbc.queryForList("SELECT DISTINCT report_year FROM reports ORDER BY report_year DESC",
                Integer.class);
    }

    /** How many findings of each severity the matching reports have in all. */
    public Map<String, Long> severityCounts(ReportQuery query) {
        ListCounts counts = counts(query);
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        bySeverity.put("ERROR", counts.errors());
        bySeverity.put("WARNING", counts.warnings());
        bySeverity.put("INFO", counts.infos());
        return bySeverity;
    }

    private static String where(ReportQuery query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (query.region() != null) {
            conditions.add("r.unit_region = ?");
            args.add(query.region());
        }
        if (query.year() != null) {
            conditions.add("r.report_year = ?");
            args.add(query.year());
        }
        if (query.kind() != null) {
            conditions.add("r.kind = ?");
            args.add(query.kind().toUpperCase(Locale.ROOT));
        }
        if (query.unit() != null) {
            conditions.add("LOWER(r.unit_name) LIKE ? ESCAPE '!'");
            args.add(like(query.unit()));
        }
        if (query.text() != null) {
            for (String word : query.text().strip().split("\\s+")) {
                List<String> grams = SearchGrams.ofQueryWord(word);
                if (grams.isEmpty()) {
                    continue;
                }
                // The index narrows the reports to those with every character pair of the word; LIKE then tests
                // only those (pairs may come from different places of a name).
                conditions.add("r.id IN (SELECT g.report_id FROM search_grams g WHERE g.gram IN ("
                        + String.join(", ", Collections.nCopies(grams.size(), "?"))
                        + ") GROUP BY g.report_id HAVING COUNT(*) = " + grams.size() + ")");
                args.addAll(grams);
                conditions.add("(LOWER(r.unit_name) LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM projects p "
                        + "WHERE p.report_id = r.id AND LOWER(p.name) LIKE ? ESCAPE '!'))");
                args.add(like(word));
                args.add(like(word));
            }
        }
        if (query.withErrors()) {
            conditions.add("r.error_count > 0");
        }
        if (query.latestOnly()) {
            conditions.add("r.latest = TRUE");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A LIKE pattern that finds the text anywhere, with the text's own wildcards escaped. */
    private static String like(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
