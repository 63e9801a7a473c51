package io.gongkai.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publishing workflow of a region's disclosure platform: a unit submits its report, the finance bureau returns
 * or approves it (every ERROR finding fixed by a new version or justified in writing), and publishes it with its
 * 批复日期 and 公开日期. Published versions are immutable; a correction is published as a new version with its
 * reason. Each step is one transaction and is written to the audit log. Thread-safe.
 */
public final class Publishing {

    /** Days allowed between 批复 and 公开 (财预〔2016〕143号: within 20 days of approval). */
    public static final int DAYS_TO_PUBLISH = 20;

    /** The statuses of a report. */
    public enum Status { DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED }

    /**
     * One step.
     *
     * @param at when
     * @param user who
     * @param action SUBMIT, RETURN, APPROVE or PUBLISH
     * @param note the reason or remark
     */
    public record Step(LocalDateTime at, String user, String action, String note) {
    }

    /**
     * A published report on the portal.
     *
     * @param report the published version
     * @param daysToPublish days from 批复 to 公开
     * @param late published more than {@link #DAYS_TO_PUBLISH} days after 批复
     * @param correctionReason why this version corrects an earlier one, or null
     */
    public record Publication(StoredReport report, long daysToPublish, boolean late, String correctionReason) {
    }

    /**
     * A unit's line on the portal: its latest publication for the year and kind, or none yet.
     *
     * @param unit the unit
     * @param publication its latest publication, or null when it has not published
     */
    public record PortalLine(StoredUnit unit, Publication publication) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReportStore store;
    private final AuditLog audit;
    private final Clock clock;

    public Publishing(DataSource dataSource, ReportStore store, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.store = store;
        this.audit = store.audit();
        this.clock = clock;
    }

    /** The unit sends its report to the finance bureau for review. */
    public void submit(long reportId, String user) {
        step(reportId, user, "SUBMIT", null, List.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED);
    }

    /** The bureau sends the report back, saying why. */
    public void giveBack(long reportId, String user, String reason) {
        requireText(reason, "退回须写明理由 / a return needs a reason");
        step(reportId, user, "RETURN", reason, List.of(Status.SUBMITTED), Status.RETURNED);
    }

    /** The bureau approves the report: only when every ERROR finding is justified in writing. */
    public void approve(long reportId, String user) {
        transactions.executeWithoutResult(tx -> {
            List<Integer> open = unjustifiedErrors(reportId);
            if (!open.isEmpty()) {
                throw new WorkflowException("还有 " + open.size() + " 个错误级问题未修正或未说明理由，不能批准",
                        open.size() + " ERROR findings are neither fixed nor justified; cannot approve");
            }
            step(reportId, user, "APPROVE", null, List.of(Status.SUBMITTED), Status.APPROVED);
        });
    }

    /**
     * Publishes an approved report with its 批复日期 and 公开日期.
     *
     * @param correctionReason required when an earlier version of the same report is already published
     */
    public void publish(long reportId, String user, LocalDate approvedOn, LocalDate publishedOn,
                        String correctionReason) {
        if (approvedOn == null || publishedOn == null || publishedOn.isBefore(approvedOn)) {
            throw new WorkflowException("须填写批复日期和公开日期，公开日期不早于批复日期",
                    "give the approval and publication dates; publication cannot precede approval");
        }
        transactions.executeWithoutResult(tx -> {
            StoredReport report = store.find(reportId).orElseThrow(() -> new WorkflowException("没有这份报告",
                    "no such report"));
            boolean corrects = store.versions(report).stream()
                    .anyMatch(v -> v.id() != reportId && Status.PUBLISHED.name().equals(v.status()));
            if (corrects) {
                requireText(correctionReason, "更正已公开的报告须写明更正理由 / a correction needs its reason");
            }
            step(reportId, user, "PUBLISH", corrects ? correctionReason : null, List.of(Status.APPROVED),
                    Status.PUBLISHED);
            jdbc.update("UPDATE reports SET approved_on = ?, published_on = ?, correction_reason = ? WHERE id = ?",
                    java.sql.Date.valueOf(approvedOn), java.sql.Date.valueOf(publishedOn),
                    corrects ? correctionReason.strip() : null, reportId);
        });
    }

    /** Justifies an ERROR finding in writing (before approval; never after publication). */
    public void justify(long reportId, int findingOrdinal, String user, String note) {
        requireText(note, "理由不能为空 / the justification cannot be empty");
        transactions.executeWithoutResult(tx -> {
            Status status = status(reportId);
            if (status == Status.APPROVED || status == Status.PUBLISHED) {
                throw new WorkflowException("已批准或已公开的报告不能再修改", "an approved or published report cannot change");
            }
            Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM findings WHERE report_id = ? AND ordinal = ?",
                    Integer.class, reportId, findingOrdinal);
            if (exists == null || exists == 0) {
                throw new WorkflowException("没有这个问题", "no such finding");
            }
            jdbc.update("DELETE FROM justifications WHERE report_id = ? AND finding_ordinal = ?", reportId,
                    findingOrdinal);
            jdbc.update("INSERT INTO justifications (report_id, finding_ordinal, username, at, note) "
                    + "VALUES (?, ?, ?, ?, ?)", reportId, findingOrdinal, user, now(), note.strip());
            audit.record(user, "JUSTIFY", "report " + reportId, "finding " + findingOrdinal + ": " + note);
        });
    }

    /** The ordinals of the report's ERROR findings that have no justification yet. */
    public List<Integer> unjustifiedErrors(long reportId) {
        return jdbc.queryForList("SELECT f.ordinal FROM findings f WHERE f.report_id = ? AND f.severity = 'ERROR' "
                + "AND NOT EXISTS (SELECT 1 FROM justifications j WHERE j.report_id = f.report_id "
                + "AND j.finding_ordinal = f.ordinal) ORDER BY f.ordinal", Integer.class, reportId);
    }

    /** The justifications of a report: finding ordinal → note. */
    public Map<Integer, String> justifications(long reportId) {
        Map<Integer, String> notes = new LinkedHashMap<>();
        jdbc.query("SELECT finding_ordinal, username, note FROM justifications WHERE report_id = ? "
                + "ORDER BY finding_ordinal", rs -> {
                    notes.put(rs.getInt("finding_ordinal"), rs.getString("note") + "（" + rs.getString("username")
                            + "）");
                }, reportId);
        return notes;
    }

    /** The report's steps, oldest first. */
    public List<Step> steps(long reportId) {
        return jdbc.query("SELECT at, username, action, note FROM review_steps WHERE report_id = ? ORDER BY id",
                (rs, i) -> new Step(rs.getTimestamp("at").toLocalDateTime(), rs.getString("username"),
                        rs.getString("action"), rs.getString("note")), reportId);
    }

    /** Every unit of the region with its latest publication of that year and kind (or none). */
    public List<PortalLine> portal(String region, int year, String kind) {
        List<StoredUnit> units = jdbc.query("SELECT id, name, code, region, level FROM units WHERE region = ? "
                + "ORDER BY name", ReportStore.UNIT_MAPPER, region);
        List<PortalLine> lines = new ArrayList<>();
        for (StoredUnit unit : units) {
            List<Publication> published = publications("u.id = ? AND r.report_year = ? AND r.kind = ?",
                    List.of(unit.id(), year, kind), 1);
            lines.add(new PortalLine(unit, published.isEmpty() ? null : published.get(0)));
        }
        return lines;
    }

    /** The latest publications of all regions, newest first (the Atom feed). */
    public List<Publication> latestPublications(int limit) {
        return publications("1 = 1", List.of(), limit);
    }

    private List<Publication> publications(String condition, List<Object> args, int limit) {
        List<Object> all = new ArrayList<>(args);
        all.add(limit);
        List<StoredReport> reports = jdbc.query("SELECT " + ReportStore.REPORT_COLUMNS
                + " FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.status = 'PUBLISHED' AND " + condition
                + " ORDER BY r.published_on DESC, r.version DESC, r.id DESC LIMIT ?", ReportStore.REPORT_MAPPER,
                all.toArray());
        List<Publication> publications = new ArrayList<>();
        for (StoredReport r : reports) {
            long days = ChronoUnit.DAYS.between(r.approvedOn(), r.publishedOn());
            String reason = jdbc.queryForObject("SELECT correction_reason FROM reports WHERE id = ?", String.class,
                    r.id());
            publications.add(new Publication(r, days, days > DAYS_TO_PUBLISH, reason));
        }
        return publications;
    }

    private void step(long reportId, String user, String action, String note, List<Status> from, Status to) {
        transactions.executeWithoutResult(tx -> {
            Status status = status(reportId);
            if (!from.contains(status)) {
                throw new WorkflowException("当前状态（" + status + "）不能执行此操作",
                        "not possible in the report's current status " + status);
            }
            int changed = jdbc.update("UPDATE reports SET status = ? WHERE id = ? AND status = ?", to.name(),
                    reportId, status.name());
            if (changed != 1) {
                throw new WorkflowException("报告状态已被他人改变，请刷新", "the report changed meanwhile; reload");
            }
            jdbc.update("INSERT INTO review_steps (report_id, at, username, action, note) VALUES (?, ?, ?, ?, ?)",
                    reportId, now(), user, action, note == null ? null : note.strip());
            audit.record(user, action, "report " + reportId, note);
        });
    }

    private Status status(long reportId) {
        List<String> found = jdbc.queryForList("SELECT status FROM reports WHERE id = ?", String.class, reportId);
        if (found.isEmpty()) {
            throw new WorkflowException("没有这份报告", "no such report");
        }
        return Status.valueOf(found.get(0));
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            String[] parts = message.split(" / ", 2);
            throw new WorkflowException(parts[0], parts.length > 1 ? parts[1] : parts[0]);
        }
    }
}
