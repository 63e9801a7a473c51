package io.gongkai.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who uploaded or changed what, and when. Entries are only ever added. Thread-safe. */
public final class AuditLog {

    /**
     * One entry.
     *
     * @param at when (UTC)
     * @param user who
     * @param action IMPORT, SUBMIT, APPROVE, RETURN, PUBLISH, LOGIN …
     * @param target what (report 12)
     * @param detail more, for people
     */
    public record Entry(LocalDateTime at, String user, String action, String target, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Adds an entry (inside the caller's transaction when there is one). */
    public void record(String user, String action, String target, String detail) {
        jdbc.update("INSERT INTO audit_log (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.valueOf(LocalDateTime.now(clock)), user, action, ReportRowsWriter.cut(target, 500),
                ReportRowsWriter.cut(detail, 2000));
    }

    /** The latest entries, newest first. */
    public List<Entry> latest(int limit) {
        return jdbc.query("SELECT at, username, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?",
                (rs, i) -> new Entry(rs.getTimestamp("at").toLocalDateTime(), rs.getString("username"),
                        rs.getString("action"), rs.getString("target"), rs.getString("detail")), limit);
    }
}
