package io.gongkai.server.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.store.StoredReport;
import java.util.List;
import java.util.Map;

/**
 * Everything the report page shows.
 *
 * @param report the stored report
 * @param versions every version of the same unit's report for the year
 * @param overview 概况 (the canonical JSON's overview)
 * @param figures key figures: label → amount (万元)
 * @param tables the standard tables
 * @param sections the 情况说明 sections with their checked figures
 * @param goals the performance goals with their quality flags
 * @param findings every finding
 * @param chartData the charts' data, as JSON
 */
public record ReportView(StoredReport report, List<StoredReport> versions, JsonNode overview,
                         Map<String, String> figures, List<TableView> tables, List<SectionView> sections,
                         List<GoalView> goals, List<FindingView> findings, String chartData) {

    /** The same content with the report's current state (status, dates) and its current list of versions. */
    public ReportView withReport(StoredReport current, List<StoredReport> currentVersions) {
        return new ReportView(current, currentVersions, overview, figures, tables, sections, goals, findings,
                chartData);
    }

    /**
     * A narrative section cut into plain text and marked figures.
     *
     * @param number 一, 二 …
     * @param title the heading
     * @param segments the text in order
     */
    public record SectionView(String number, String title, List<Segment> segments) {
    }

    /**
     * A piece of section text; a figure when status is set.
     *
     * @param text the text as printed
     * @param status null for plain text; AGREES (the figure is published in the tables), CONTRADICTS (a finding
     *     says it disagrees) or UNCHECKED
     * @param note what the mark means, with the finding's message when it contradicts
     */
    public record Segment(String text, String status, String note) {
    }

    /**
     * A performance goal table.
     *
     * @param name project name
     * @param annualTotal 年度资金总额 (元), or empty
     * @param annualGoal 年度目标
     * @param indicators 年度 indicators (or 实施期 ones when the table has only those)
     * @param flags findings about the goal
     */
    public record GoalView(String name, String annualTotal, String annualGoal, List<JsonNode> indicators,
                           List<FindingView> flags) {
    }
}
