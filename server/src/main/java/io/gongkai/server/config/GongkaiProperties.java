package io.gongkai.server.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's settings ({@code gongkai.*}).
 *
 * @param data the H2 data directory (default ./data), used when {@code db} is not set
 * @param db a JDBC URL (PostgreSQL in production), with credentials in the URL or in dbUser/dbPassword
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param demo load the sample disclosures at start (they are also loaded on the first start of an empty database)
 * @param publicRead anyone may browse without logging in (read only)
 * @param adminPassword the password of the first administrator, created when there are no users (random and
 *     printed once when not set)
 * @param importTimeout how long one file may take to read and check before it is refused
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(String data, String db, String dbUser, String dbPassword, boolean demo,
                                boolean publicRead, String adminPassword, Duration importTimeout) {

    public GongkaiProperties {
        data = data == null || data.isBlank() ? "data" : data;
        importTimeout = importTimeout == null ? Duration.ofSeconds(60) : importTimeout;
    }
}
