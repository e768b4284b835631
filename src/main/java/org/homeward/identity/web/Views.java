package org.homeward.identity.web;

import java.time.Instant;
import java.util.List;
import org.homeward.identity.IssuedToken;
import org.homeward.identity.Organisation;
import org.homeward.identity.TokenInfo;
import org.homeward.identity.UserAccount;

/** What the identity API answers: records per payload, never a password hash or a stored token. */
final class Views {

    private Views() {}

    record OrganisationView(long id, String code, String nameEn, String nameAr, String kind, boolean active) {
        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(
                    organisation.id(),
                    organisation.code(),
                    organisation.nameEn(),
                    organisation.nameAr(),
                    organisation.kind().code(),
                    organisation.active());
        }
    }

    record UserView(
            long id,
            String username,
            String displayName,
            String role,
            String organisation,
            List<String> areas,
            boolean wholeCountry,
            boolean enabled,
            Instant createdAt,
            Instant lastLoginAt) {
        static UserView of(UserAccount user) {
            return new UserView(
                    user.id(),
                    user.username(),
                    user.displayName(),
                    user.role().code(),
                    user.organisationCode(),
                    user.areas(),
                    user.areas().isEmpty(),
                    user.enabled(),
                    user.createdAt(),
                    user.lastLoginAt());
        }
    }

    /**
     * The signed-in user.
     *
     * @param authentication {@code password} (form or HTTP Basic) or {@code token}
     */
    record MeView(
            long id,
            String username,
            String displayName,
            String role,
            OrganisationView organisation,
            List<String> areas,
            boolean wholeCountry,
            String authentication) {}

    record TokenView(
            long id,
            String name,
            String prefix,
            String status,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {
        static TokenView of(TokenInfo token, Instant now) {
            String status = token.revokedAt() != null ? "revoked" : token.isActive(now) ? "active" : "expired";
            return new TokenView(
                    token.id(),
                    token.name(),
                    token.prefix(),
                    status,
                    token.createdAt(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    /** The one answer that carries a token secret: the answer to issuing it. */
    record IssuedTokenView(long id, String name, String token, String prefix, Instant expiresAt) {
        static IssuedTokenView of(IssuedToken token) {
            return new IssuedTokenView(token.id(), token.name(), token.token(), token.prefix(), token.expiresAt());
        }

        @Override
        public String toString() {
            return "IssuedTokenView[id=" + id + ", prefix=" + prefix + "]";
        }
    }
}
