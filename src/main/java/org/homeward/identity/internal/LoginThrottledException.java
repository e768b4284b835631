package org.homeward.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant until;

    LoginThrottledException(Instant until) {
        super("Too many failed sign-ins; try again later");
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    /** Whole seconds until a new attempt may succeed, at least 1 (for the Retry-After header). */
    public long retryAfterSeconds(Instant now) {
        long seconds = Duration.between(now, until).toSeconds();
        return Math.max(1, seconds + 1);
    }
}
