package io.gongkai.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens the database and brings its schema up to date with the Flyway migrations in {@code db/migration}.
 * H2 embedded in a data directory by default; PostgreSQL (or any JDBC URL) in production.
 */
public final class Database {

    private Database() {
    }

    /**
     * The JDBC URL of the embedded H2 database in a data directory. H2 runs in PostgreSQL mode so that one set of
     * migrations and queries serves both databases.
     */
    public static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("gongkai")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** A pooled data source for a JDBC URL; user and password may be null (H2, or credentials in the URL). */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("gongkai");
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(dataSource);
        return dataSource;
    }

    /** Applies the pending migrations. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
