package org.homeward.identity;

import java.time.Instant;

/**
 * A personal access token just issued. {@code token} is the secret: it is shown to its owner this once
 * and stored nowhere (only its SHA-256 is kept); {@code prefix} is a non-secret start to tell tokens apart.
 */
public record IssuedToken(long id, String name, String token, String prefix, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + ", prefix=" + prefix + ", expiresAt=" + expiresAt + "]";
    }
}
