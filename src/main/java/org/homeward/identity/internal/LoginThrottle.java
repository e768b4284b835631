package org.homeward.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failures are counted per username (whether it exists or not, so that the
 * answer never tells) and per client address, in memory on this node; for existing users the count and
 * the lock are also kept in the database ({@code users.locked_until}) so that the lock holds on every node.
 * A blocked username is refused even with the right password until the lock ends; a success clears the
 * username's count (not the client's).
 */
@Component
public class LoginThrottle {

    private final FailureCounter byUsername;
    private final FailureCounter byClient;
    private final UserStore users;
    private final IdentityProperties.Login settings;
    private final Clock clock;

    LoginThrottle(UserStore users, IdentityProperties properties, Clock clock) {
        this.settings = properties.login();
        this.byUsername = new FailureCounter(settings.maxFailuresPerUsername(), settings.window(), clock);
        this.byClient = new FailureCounter(settings.maxFailuresPerClient(), settings.window(), clock);
        this.users = users;
        this.clock = clock;
    }

    /** Throws if this username or client may not try now; checked before the password is looked at. */
    void refuseIfBlocked(String username, String client) {
        Optional<Instant> until = byUsername.blockedUntil(key(username)).or(() -> byClient.blockedUntil(client));
        if (until.isPresent()) {
            throw new LoginThrottledException(until.get());
        }
    }

    /** Throws if the user is locked in the database (by failures counted on any node). */
    void refuseIfLocked(StoredUser user) {
        if (user.lockedAt(clock.instant())) {
            throw new LoginThrottledException(user.lockedUntil());
        }
    }

    void failed(String username, String client, Optional<StoredUser> user) {
        byUsername.fail(key(username));
        byClient.fail(client);
        user.ifPresent(found -> {
            Instant now = clock.instant();
            users.recordFailure(
                    found.actor().userId(),
                    now,
                    now.minus(settings.window()),
                    settings.maxFailuresPerUsername(),
                    now.plus(settings.window()));
        });
    }

    void succeeded(String username) {
        byUsername.reset(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
