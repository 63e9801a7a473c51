package io.gongkai.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sums over every unit of a region for one year and kind (the latest version of each unit's report): totals by
 * function 类 (table 3), basic against project expenditure, 三公 and 机关运行经费, and a ranking of units by defects
 * and completeness. Thread-safe.
 */
public final class RegionAggregates {

    /**
     * One function 类 summed over the region (万元).
     *
     * @param code the 类 code (201)
     * @param name its name as printed by the first unit that has it
     * @param total 合计
     * @param basic 基本支出
     * @param project 项目支出
     * @param units how many units spend under it
     */
    public record ClassTotal(String code, String name, BigDecimal total, BigDecimal basic, BigDecimal project,
                             int units) {
    }

    /**
     * A unit's line in the ranking.
     *
     * @param report its latest report
     * @param completenessFindings findings of the completeness category
     * @param completeness share of the kind's standard tables published (13 for a budget, 10 for final accounts):
     *     0–100
     */
    public record UnitLine(StoredReport report, int completenessFindings, int completeness) {
    }

    /**
     * A region's year in one view.
     *
     * @param region the region
     * @param year the year
     * @param kind BUDGET or FINAL_ACCOUNTS
     * @param units the units, ranked by ERROR findings then WARNING findings (most first), then completeness
     * @param classes totals by function 类, largest first
     * @param totals the sums of the units' key figures
     */
    public record RegionSummary(String region, int year, String kind, List<UnitLine> units,
                                List<ClassTotal> classes, Map<String, BigDecimal> totals) {

        /** How many standard tables a report of the summary's kind has (completeness is measured against it). */
        public int standardTableCount() {
            return StoredReport.standardTableCount(kind);
        }
    }

    private final JdbcTemplate jdbc;

    public RegionAggregates(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public RegionSummary summarize(String region, int year, String kind) {
        String latest = " r.latest = TRUE";
        List<StoredReport> reports = jdbc.query("SELECT " + ReportStore.REPORT_COLUMNS
                + " FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.region = ? AND r.report_year = ? "
                + "AND r.kind = ? AND" + latest, ReportStore.REPORT_MAPPER, region, year, kind);
        Map<Long, Integer> completenessFindings = new LinkedHashMap<>();
        jdbc.query("SELECT f.report_id, COUNT(*) AS n FROM findings f JOIN reports r ON r.id = f.report_id "
                + "JOIN units u ON u.id = r.unit_id WHERE u.region = ? AND r.report_year = ? AND r.kind = ? "
                + "AND f.category = 'COMPLETENESS' AND" + latest + " GROUP BY f.report_id", rs -> {
                    completenessFindings.put(rs.getLong("report_id"), rs.getInt("n"));
                }, region, year, kind);
        List<UnitLine> units = new ArrayList<>();
        for (StoredReport report : reports) {
            int standard = report.standardTableCount();
            int tables = Math.min(report.tableCount(), standard);
            units.add(new UnitLine(report, completenessFindings.getOrDefault(report.id(), 0),
                    tables * 100 / standard));
        }
        units.sort(Comparator.comparingInt((UnitLine u) -> u.report().errors()).reversed()
                .thenComparing(Comparator.comparingInt((UnitLine u) -> u.report().warnings()).reversed())
                .thenComparingInt(UnitLine::completeness)
                .thenComparing(u -> u.report().unit().name()));
        List<ClassTotal> classes = jdbc.query("SELECT tr.code, MIN(tr.name) AS name, "
                + "SUM(CASE WHEN c.column_name = 'total' THEN c.amount ELSE 0 END) AS total, "
                + "SUM(CASE WHEN c.column_name = 'basic' THEN c.amount ELSE 0 END) AS basic, "
                + "SUM(CASE WHEN c.column_name = 'project' THEN c.amount ELSE 0 END) AS project, "
                + "COUNT(DISTINCT tr.report_id) AS units "
                + "FROM table_rows tr JOIN table_cells c ON c.report_id = tr.report_id "
                + "AND c.table_number = tr.table_number AND c.row_ordinal = tr.ordinal "
                + "JOIN reports r ON r.id = tr.report_id JOIN units u ON u.id = r.unit_id "
                + "WHERE tr.table_number = 3 AND tr.level = 1 AND LENGTH(tr.code) = 3 AND u.region = ? "
                + "AND r.report_year = ? AND r.kind = ? AND" + latest
                + " GROUP BY tr.code ORDER BY total DESC, tr.code",
                (rs, i) -> new ClassTotal(rs.getString("code"), rs.getString("name"), rs.getBigDecimal("total"),
                        rs.getBigDecimal("basic"), rs.getBigDecimal("project"), rs.getInt("units")),
                region, year, kind);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("incomeTotal", sum(reports, r -> r.figures().incomeTotal()));
        totals.put("expenditureTotal", sum(reports, r -> r.figures().expenditureTotal()));
        totals.put("basicExpenditure", sum(reports, r -> r.figures().basicExpenditure()));
        totals.put("projectExpenditure", sum(reports, r -> r.figures().projectExpenditure()));
        totals.put("personnel", sum(reports, r -> r.figures().personnel()));
        totals.put("publicExpense", sum(reports, r -> r.figures().publicExpense()));
        totals.put("threePublicTotal", sum(reports, r -> r.figures().threePublicTotal()));
        totals.put("institutionOperating", sum(reports, r -> r.figures().institutionOperating()));
        return new RegionSummary(region, year, kind, units, classes, totals);
    }

    private static BigDecimal sum(List<StoredReport> reports,
                                  java.util.function.Function<StoredReport, BigDecimal> figure) {
        return reports.stream().map(figure).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Expenditure by function 类 of each report (table 3, 合计 column), for comparisons: 类 code → amount.
     */
    public Map<String, BigDecimal> classTotals(long reportId) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        jdbc.query("SELECT tr.code, c.amount FROM table_rows tr JOIN table_cells c ON c.report_id = tr.report_id "
                + "AND c.table_number = tr.table_number AND c.row_ordinal = tr.ordinal WHERE tr.report_id = ? "
                + "AND tr.table_number = 3 AND tr.level = 1 AND LENGTH(tr.code) = 3 AND c.column_name = 'total' "
                + "ORDER BY tr.ordinal", rs -> {
                    totals.merge(rs.getString("code"), rs.getBigDecimal("amount"), BigDecimal::add);
                }, reportId);
        return totals;
    }

    /** The names of function 类 codes as the stored reports print them (code → name without its ordinal). */
    public Map<String, String> classNames(List<Long> reportIds) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Long id : reportIds) {
            jdbc.query("SELECT code, name FROM table_rows WHERE report_id = ? AND table_number = 3 AND level = 1 "
                    + "AND LENGTH(code) = 3 ORDER BY code", rs -> {
                        names.putIfAbsent(rs.getString("code"), rs.getString("name"));
                    }, id);
        }
        return names;
    }
}
