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

    public record Tokens(
            @DefaultValue("90") int defaultValidityDays,
            @DefaultValue("365") int maxValidityDays) {}

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
