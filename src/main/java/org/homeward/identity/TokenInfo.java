package org.homeward.identity;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret. */
public record TokenInfo(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    /** Not revoked and not expired at {@code now}. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
