package io.gongkai.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The people who may log in, their roles and the units an editor may change. Thread-safe. */
public final class UserAccounts {

    /** What a user may do. */
    public enum Role {
        /** Everything, including users. */
        ADMIN,
        /** Upload and change the reports of their own units. */
        EDITOR,
        /** Read only. */
        VIEWER
    }

    /**
     * One account.
     *
     * @param id database id
     * @param username log-in name
     * @param passwordHash the password's hash (as the server's password encoder made it)
     * @param role what the user may do
     * @param displayName the name shown
     * @param enabled whether the user may log in
     */
    public record Account(long id, String username, String passwordHash, Role role, String displayName,
                          boolean enabled) {
    }

    private static final RowMapper<Account> MAPPER = (rs, i) -> new Account(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
            rs.getString("display_name"), rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;

    public UserAccounts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Optional<Account> find(String username) {
        return jdbc.query("SELECT id, username, password_hash, role, display_name, enabled FROM users "
                + "WHERE username = ?", MAPPER, username).stream().findFirst();
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM users", Integer.class);
        return count == null || count == 0;
    }

    /** Adds an account, or replaces the password, role and name of an existing one. */
    public Account save(String username, String passwordHash, Role role, String displayName) {
        if (find(username).isPresent()) {
            jdbc.update("UPDATE users SET password_hash = ?, role = ?, display_name = ?, enabled = TRUE "
                    + "WHERE username = ?", passwordHash, role.name(), displayName, username);
        } else {
            jdbc.update("INSERT INTO users (username, password_hash, role, display_name, enabled) "
                    + "VALUES (?, ?, ?, ?, TRUE)", username, passwordHash, role.name(), displayName);
        }
        return find(username).orElseThrow();
    }

    public List<Account> all() {
        return jdbc.query("SELECT id, username, password_hash, role, display_name, enabled FROM users "
                + "ORDER BY username", MAPPER);
    }

    /** Lets an editor change a unit's reports. */
    public void grantUnit(String username, long unitId) {
        Account account = find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM user_units WHERE user_id = ? AND unit_id = ?",
                Integer.class, account.id(), unitId);
        if (present == null || present == 0) {
            jdbc.update("INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)", account.id(), unitId);
        }
    }

    /** The ids of the units a user may change. */
    public Set<Long> units(String username) {
        return new HashSet<>(jdbc.queryForList("SELECT uu.unit_id FROM user_units uu JOIN users u "
                + "ON u.id = uu.user_id WHERE u.username = ?", Long.class, username));
    }
}
