package org.homeward.identity.internal;

import static org.homeward.identity.internal.Timestamps.fromDb;
import static org.homeward.identity.internal.Timestamps.toDb;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.homeward.identity.UserAccount;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} and {@code user_area_scopes} tables. Usernames are compared without regard to case. */
@Repository
public class UserStore {

    private static final String AREAS =
            "ARRAY(SELECT s.pcode FROM user_area_scopes s WHERE s.user_id = u.id ORDER BY s.pcode) AS areas";
    private static final String ACCOUNT_COLUMNS = "SELECT u.id, u.username, u.display_name, u.role, u.enabled,"
            + " u.created_at, u.last_login_at, o.id AS organisation_id, o.code AS organisation_code, " + AREAS
            + " FROM users u JOIN organisations o ON o.id = u.organisation_id";
    /** The columns {@link #storedUser} reads; {@link TokenStore} joins them onto tokens. */
    static final String LOGIN_COLUMNS = "u.id AS user_id, u.username, u.role, u.password_hash,"
            + " u.enabled AND o.active AS usable, u.locked_until, u.failed_attempts, u.last_login_at,"
            + " o.id AS organisation_id, o.code AS organisation_code, " + AREAS;

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String username,
            String displayName,
            long organisationId,
            Role role,
            String passwordHash,
            Collection<String> areas,
            Instant now) {
        long id = jdbc.sql("INSERT INTO users (username, display_name, organisation_id, role, password_hash,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(username, displayName, organisationId, role.code(), passwordHash, toDb(now))
                .query(Long.class)
                .single();
        for (String pcode : areas) {
            jdbc.sql("INSERT INTO user_area_scopes (user_id, pcode) VALUES (?, ?)")
                    .params(id, pcode)
                    .update();
        }
        return id;
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(username) = lower(?))")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE u.id = ?")
                .param(id)
                .query(UserStore::account)
                .optional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE lower(u.username) = lower(?)")
                .param(username)
                .query(UserStore::account)
                .optional();
    }

    public Page<UserAccount> page(PageRequest request) {
        List<UserAccount> items = jdbc.sql(ACCOUNT_COLUMNS + " ORDER BY lower(u.username) LIMIT ? OFFSET ?")
                .params(request.size(), request.offset())
                .query(UserStore::account)
                .list();
        return new Page<>(items, count(), request.page(), request.size());
    }

    Optional<StoredUser> findForLogin(String username) {
        return jdbc.sql("SELECT " + LOGIN_COLUMNS
                        + " FROM users u JOIN organisations o ON o.id = u.organisation_id"
                        + " WHERE lower(u.username) = lower(?)")
                .param(username)
                .query(UserStore::storedUser)
                .optional();
    }

    public void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?")
                .params(passwordHash, id)
                .update();
    }

    /** Forgets failed sign-ins and lifts any lock, e.g. when an administrator sets a new password. */
    public void clearFailures(long id) {
        jdbc.sql("UPDATE users SET failed_attempts = 0, last_failed_at = NULL, locked_until = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE users SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    /** A successful sign-in: forget earlier failures and note when. */
    void recordSuccess(long id, Instant now) {
        jdbc.sql("UPDATE users SET failed_attempts = 0, last_failed_at = NULL, locked_until = NULL,"
                        + " last_login_at = ? WHERE id = ?")
                .params(toDb(now), id)
                .update();
    }

    /**
     * A failed sign-in, counted in the database so that the lock holds on every application node: failures
     * older than {@code windowStart} no longer count, and the {@code maxFailures}-th failure locks the user
     * until {@code lockUntil}. One statement, so concurrent failures cannot lose a count.
     */
    void recordFailure(long id, Instant now, Instant windowStart, int maxFailures, Instant lockUntil) {
        String attempts = "(CASE WHEN last_failed_at >= :windowStart THEN failed_attempts + 1 ELSE 1 END)";
        jdbc.sql("UPDATE users SET failed_attempts = " + attempts + ", locked_until = CASE WHEN " + attempts
                        + " >= :max THEN :lockUntil ELSE locked_until END, last_failed_at = :now WHERE id = :id")
                .param("windowStart", toDb(windowStart))
                .param("max", maxFailures)
                .param("lockUntil", toDb(lockUntil))
                .param("now", toDb(now))
                .param("id", id)
                .update();
    }

    static StoredUser storedUser(ResultSet row, int rowNumber) throws SQLException {
        Actor actor = new Actor(
                row.getLong("user_id"),
                row.getString("username"),
                role(row),
                row.getLong("organisation_id"),
                row.getString("organisation_code"),
                Set.copyOf(areas(row)));
        return new StoredUser(
                actor,
                row.getString("password_hash"),
                row.getBoolean("usable"),
                fromDb(row, "locked_until"),
                row.getInt("failed_attempts"),
                fromDb(row, "last_login_at"));
    }

    private static UserAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new UserAccount(
                row.getLong("id"),
                row.getString("username"),
                row.getString("display_name"),
                role(row),
                row.getLong("organisation_id"),
                row.getString("organisation_code"),
                areas(row),
                row.getBoolean("enabled"),
                fromDb(row, "created_at"),
                fromDb(row, "last_login_at"));
    }

    private static Role role(ResultSet row) throws SQLException {
        return Role.fromCode(row.getString("role")).orElseThrow();
    }

    private static List<String> areas(ResultSet row) throws SQLException {
        Array array = row.getArray("areas");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
