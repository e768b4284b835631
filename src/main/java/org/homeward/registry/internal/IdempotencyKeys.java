package org.homeward.registry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.homeward.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which household a client's Idempotency-Key created, per actor, so that a retried registration
 * returns the first result instead of registering the family twice.
 */
@Component
class IdempotencyKeys {

    static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims {@code key} for this request inside the caller's transaction. A concurrent request with the same
     * key waits on the unique index until the first commits, then sees its result.
     *
     * @return the household registered earlier with this key and the same body, or empty if the key is new
     * @throws ConflictException if the key was used with a different body
     */
    Optional<UUID> claim(String actor, String key, byte[] requestHash, UUID newHousehold, Instant now) {
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (key, actor, request_hash, household_id, created_at)
                        VALUES (:key, :actor, :hash, :household, :now) ON CONFLICT DO NOTHING
                        """)
                .param("key", key)
                .param("actor", actor)
                .param("hash", requestHash)
                .param("household", newHousehold)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        record Earlier(byte[] requestHash, UUID householdId) {}
        Earlier earlier = jdbc.sql(
                        "SELECT request_hash, household_id FROM idempotency_key WHERE actor = :actor AND key = :key")
                .param("actor", actor)
                .param("key", key)
                .query(Earlier.class)
                .single();
        if (!Arrays.equals(earlier.requestHash(), requestHash)) {
            throw new ConflictException(
                    "idempotency-key-reused", "This Idempotency-Key was already used with a different request body");
        }
        return Optional.of(earlier.householdId());
    }

    static byte[] hash(byte[] canonicalRequest) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalRequest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
