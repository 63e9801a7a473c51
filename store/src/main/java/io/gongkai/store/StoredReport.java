package io.gongkai.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored version of a report: its identity, status, finding counts and key figures (万元). The full report is
 * in the canonical JSON {@link ReportStore#document(long)}.
 *
 * @param id database id
 * @param unit the publishing unit
 * @param kind BUDGET or FINAL_ACCOUNTS
 * @param year the report's year
 * @param version 1 for the first upload of a unit's report for that kind and year, then 2, 3 …
 * @param fileName the uploaded file's name
 * @param sha256 the uploaded file's SHA-256 (hex)
 * @param importedAt when it was imported (UTC)
 * @param importedBy who imported it
 * @param status DRAFT, SUBMITTED, RETURNED, APPROVED or PUBLISHED
 * @param errors ERROR findings
 * @param warnings WARNING findings
 * @param infos INFO findings
 * @param tableCount how many of its kind's standard tables the report has (13 for a budget, 10 for final accounts)
 * @param figures its key figures
 * @param approvedOn 批复日期, or null
 * @param publishedOn 公开日期, or null
 */
public record StoredReport(long id, StoredUnit unit, String kind, int year, int version, String fileName,
                           String sha256, LocalDateTime importedAt, String importedBy, String status, int errors,
                           int warnings, int infos, int tableCount, KeyFigures figures, LocalDate approvedOn,
                           LocalDate publishedOn) {

    /** The kind in Chinese: 部门预算 or 部门决算. */
    public String kindLabel() {
        return "FINAL_ACCOUNTS".equals(kind) ? "部门决算" : "部门预算";
    }

    /** How many standard tables a disclosure of this kind has: 13 for a budget, 10 (公开01–10) for final accounts. */
    public int standardTableCount() {
        return standardTableCount(kind);
    }

    /** How many standard tables a disclosure of the kind (BUDGET or FINAL_ACCOUNTS) has: 13 or 10. */
    public static int standardTableCount(String kind) {
        return "FINAL_ACCOUNTS".equals(kind) ? 10 : 13;
    }

    /**
     * The key figures kept as columns for lists, comparisons and regional sums (万元; null when not published).
     */
    public record KeyFigures(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal basicExpenditure,
                             BigDecimal projectExpenditure, BigDecimal personnel, BigDecimal publicExpense,
                             BigDecimal threePublicTotal, BigDecimal institutionOperating, Integer projectCount) {
    }
}
