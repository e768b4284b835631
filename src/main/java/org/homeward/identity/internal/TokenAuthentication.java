package org.homeward.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.homeward.identity.internal.TokenStore.TokenLogin;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Resolves a presented personal access token to an authentication: well-formed, known by its hash, not
 * revoked, not expired, and its owner still enabled. Every refusal looks the same to the caller.
 */
@Component
class TokenAuthentication {

    /** {@code last_used_at} is written at most this often per token, not on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final TokenStore tokens;
    private final Clock clock;

    TokenAuthentication(TokenStore tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    Optional<Authentication> authenticate(String presented, Object details) {
        if (!TokenSecrets.wellFormed(presented)) {
            return Optional.empty();
        }
        byte[] hash = TokenSecrets.hash(presented);
        Instant now = clock.instant();
        return tokens.findByHash(hash)
                .filter(found -> TokenSecrets.sameHash(found.hash(), hash))
                .filter(found -> valid(found, now))
                .map(found -> {
                    markUsed(found, now);
                    var principal = new ActorPrincipal(found.user().actor(), found.tokenId());
                    return PasswordAuthenticationProvider.authenticated(principal, details);
                });
    }

    private static boolean valid(TokenLogin token, Instant now) {
        return token.revokedAt() == null
                && now.isBefore(token.expiresAt())
                && token.user().usable();
    }

    private void markUsed(TokenLogin token, Instant now) {
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            tokens.markUsed(token.tokenId(), now);
        }
    }
}
