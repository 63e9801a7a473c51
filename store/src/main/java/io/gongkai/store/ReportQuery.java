package io.gongkai.store;

/**
 * Filters and page of a report list. Null or blank filters are not applied.
 *
 * @param region the unit's region, exactly
 * @param year the report's year
 * @param kind BUDGET or FINAL_ACCOUNTS
 * @param unit part of the unit's name
 * @param text words to find in unit names and project names (every word must occur in one of them)
 * @param withErrors only reports with at least one ERROR finding
 * @param latestOnly only the latest version of each unit's report
 * @param page page number, from 0
 * @param size reports per page (1–200)
 */
public record ReportQuery(String region, Integer year, String kind, String unit, String text, boolean withErrors,
                          boolean latestOnly, int page, int size) {

    public ReportQuery {
        region = blankToNull(region);
        kind = blankToNull(kind);
        unit = blankToNull(unit);
        text = blankToNull(text);
        page = Math.max(0, page);
        size = Math.min(200, Math.max(1, size));
    }

    /** Every latest version, first page of 50. */
    public static ReportQuery all() {
        return new ReportQuery(null, null, null, null, null, false, true, 0, 50);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
