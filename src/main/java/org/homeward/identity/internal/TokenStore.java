package org.homeward.identity.internal;

import static org.homeward.identity.internal.Timestamps.fromDb;
import static org.homeward.identity.internal.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homeward.identity.TokenInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code personal_access_tokens} table. Holds hashes only, never a token secret. */
@Repository
public class TokenStore {

    private static final String INFO_COLUMNS = "SELECT id, name, token_prefix, created_at, expires_at, last_used_at,"
            + " revoked_at FROM personal_access_tokens";

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String prefix, byte[] hash, Instant now, Instant expiresAt) {
        return jdbc.sql("INSERT INTO personal_access_tokens (user_id, name, token_prefix, token_hash, created_at,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(userId, name, prefix, hash, toDb(now), toDb(expiresAt))
                .query(Long.class)
                .single();
    }

    /** The user's tokens, newest first. */
    public List<TokenInfo> listFor(long userId) {
        return jdbc.sql(INFO_COLUMNS + " WHERE user_id = ? ORDER BY created_at DESC, id DESC")
                .param(userId)
                .query(TokenStore::info)
                .list();
    }

    public Optional<TokenInfo> find(long userId, long tokenId) {
        return jdbc.sql(INFO_COLUMNS + " WHERE user_id = ? AND id = ?")
                .params(userId, tokenId)
                .query(TokenStore::info)
                .optional();
    }

    /** Revokes the token if it is the user's and not revoked yet; an earlier revocation time is kept. */
    public void revoke(long userId, long tokenId, Instant now) {
        jdbc.sql("UPDATE personal_access_tokens SET revoked_at = ? WHERE user_id = ? AND id = ? AND revoked_at IS NULL")
                .params(toDb(now), userId, tokenId)
                .update();
    }

    /** The token with this hash and the user it belongs to. */
    Optional<TokenLogin> findByHash(byte[] hash) {
        return jdbc.sql("SELECT t.id AS token_id, t.token_hash, t.expires_at, t.revoked_at, t.last_used_at, "
                        + UserStore.LOGIN_COLUMNS
                        + " FROM personal_access_tokens t JOIN users u ON u.id = t.user_id"
                        + " JOIN organisations o ON o.id = u.organisation_id WHERE t.token_hash = ?")
                .param(hash)
                .query((row, number) -> new TokenLogin(
                        row.getLong("token_id"),
                        row.getBytes("token_hash"),
                        fromDb(row, "expires_at"),
                        fromDb(row, "revoked_at"),
                        fromDb(row, "last_used_at"),
                        UserStore.storedUser(row, number)))
                .optional();
    }

    void markUsed(long tokenId, Instant now) {
        jdbc.sql("UPDATE personal_access_tokens SET last_used_at = ? WHERE id = ?")
                .params(toDb(now), tokenId)
                .update();
    }

    private static TokenInfo info(ResultSet row, int rowNumber) throws SQLException {
        return new TokenInfo(
                row.getLong("id"),
                row.getString("name"),
                row.getString("token_prefix"),
                fromDb(row, "created_at"),
                fromDb(row, "expires_at"),
                fromDb(row, "last_used_at"),
                fromDb(row, "revoked_at"));
    }

    /** A presented token as found in the database, with its owner. */
    record TokenLogin(
            long tokenId, byte[] hash, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, StoredUser user) {}
}
