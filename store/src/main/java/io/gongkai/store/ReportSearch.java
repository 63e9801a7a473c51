package io.gongkai.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lists stored reports with filters, search and paging, and the values the filters can take. Thread-safe. */
public final class ReportSearch {

    private final JdbcTemplate jdbc;

    public ReportSearch(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The reports matching a query, newest year first, then by region and unit name. */
    public Page<StoredReport> find(ReportQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id"
                + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<StoredReport> items = jdbc.query("SELECT " + ReportStore.REPORT_COLUMNS
                + " FROM reports r JOIN units u ON u.id = r.unit_id" + where
                + " ORDER BY r.report_year DESC, u.region, u.name, r.kind, r.version DESC LIMIT ? OFFSET ?",
                ReportStore.REPORT_MAPPER, pageArgs.toArray());
        return new Page<>(items, query.page(), query.size(), total == null ? 0 : total);
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

    /** The regions that have reports, with how many units each. */
    public Map<String, Integer> regions() {
        Map<String, Integer> regions = new LinkedHashMap<>();
        jdbc.query("SELECT region, COUNT(*) AS units FROM units GROUP BY region ORDER BY region",
                rs -> {
                    regions.put(rs.getString("region"), rs.getInt("units"));
                });
        return regions;
    }

    /** The years that have reports, newest first. */
    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT report_year FROM reports ORDER BY report_year DESC",
                Integer.class);
    }

    /** How many findings of each severity the matching reports have in all. */
    public Map<String, Long> severityCounts(ReportQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT COALESCE(SUM(r.error_count), 0) AS e, COALESCE(SUM(r.warning_count), 0) AS w, "
                + "COALESCE(SUM(r.info_count), 0) AS i FROM reports r JOIN units u ON u.id = r.unit_id" + where,
                rs -> {
                    counts.put("ERROR", rs.getLong("e"));
                    counts.put("WARNING", rs.getLong("w"));
                    counts.put("INFO", rs.getLong("i"));
                }, args.toArray());
        return counts;
    }

    private static String where(ReportQuery query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (query.region() != null) {
            conditions.add("u.region = ?");
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
            conditions.add("LOWER(u.name) LIKE ? ESCAPE '!'");
            args.add(like(query.unit()));
        }
        if (query.text() != null) {
            for (String word : query.text().split("\\s+")) {
                conditions.add("(LOWER(u.name) LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM projects p "
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
