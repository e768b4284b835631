package org.homeward.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code homeward.identity.*} in application.yml).
 *
 * @param login how failed sign-ins are throttled
 * @param tokens how long personal access tokens live
 * @param admin the first administrator, created on an empty users table when a password is given
 */
@ConfigurationProperties("homeward.identity")
public record IdentityProperties(
        @DefaultValue Login login,
        @DefaultValue Tokens tokens,
        @DefaultValue Admin admin) {

    /**
     * @param maxFailuresPerUsername failures for one username within {@code window} before it is refused
     * @param maxFailuresPerClient failures from one client address within {@code window} before it is refused
     * @param window both the counting window and how long a refusal lasts
     */
    public record Login(
            @DefaultValue("5") int maxFailuresPerUsername,
            @DefaultValue("50") int maxFailuresPerClient,
            @DefaultValue("15m") Duration window) {}

    /**
     * @param defaultValidityDays validity of a token issued without {@code expiresInDays}
     * @param maxValidityDays the longest validity a token may be issued with
     * @param cacheWindow how long a node answers a token from memory before it reads the database again: the
     *     longest a revocation, an expiry, a disabled user or a changed role made elsewhere (another node, SQL)
     *     takes to reach the node; changes made through this node's own API take effect at once
     * @param cacheSize how many resolved tokens a node keeps in memory
     */
    public record Tokens(
            @DefaultValue("90") int defaultValidityDays,
            @DefaultValue("365") int maxValidityDays,
            @DefaultValue("5s") Duration cacheWindow,
            @DefaultValue("10000") int cacheSize) {}

    /**
     * @param password from {@code HOMEWARD_ADMIN_PASSWORD}; blank: no administrator is created
     * @param organisation code of the organisation the administrator belongs to (created if missing)
     */
    public record Admin(
            @DefaultValue("admin") String username,
            String password,
            @DefaultValue("ADMIN") String organisation) {

        @Override
        public String toString() {
            return "Admin[username=" + username + ", organisation=" + organisation + "]";
        }
    }
}
