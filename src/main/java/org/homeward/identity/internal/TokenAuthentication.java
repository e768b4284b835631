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
 *
 * <p>Per request this costs one SHA-256 and a lookup in {@link RecentTokens}; the database is read when this
 * node has not seen the token within the cache window (5 s), so changes made elsewhere reach it within that
 * window (see {@link RecentTokens} for the contract).
 */
@Component
class TokenAuthentication {

    /** {@code last_used_at} is written at most this often per token and node, not on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final TokenStore tokens;
    private final RecentTokens recent;
    private final Clock clock;

    TokenAuthentication(TokenStore tokens, RecentTokens recent, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.clock = clock;
    }

    Optional<Authentication> authenticate(String presented, Object details) {
        if (!TokenSecrets.wellFormed(presented)) {
            return Optional.empty();
        }
        byte[] hash = TokenSecrets.hash(presented);
        Instant now = clock.instant();
        return recent.find(hash, this::load)
                .filter(found -> valid(found.login(), now))
                .map(found -> {
                    markUsed(found, now);
                    var principal = new ActorPrincipal(
                            found.login().user().actor(), found.login().tokenId());
                    return PasswordAuthenticationProvider.authenticated(principal, details);
                });
    }

    private Optional<TokenLogin> load(byte[] hash) {
        return tokens.findByHash(hash).filter(found -> TokenSecrets.sameHash(found.hash(), hash));
    }

    private static boolean valid(TokenLogin token, Instant now) {
        return token.revokedAt() == null
                && now.isBefore(token.expiresAt())
                && token.user().usable();
    }

    private void markUsed(RecentTokens.Entry token, Instant now) {
        if (token.claimUse(now, LAST_USED_RESOLUTION)) {
            tokens.markUsed(token.login().tokenId(), now);
        }
    }
}
