package org.homeward.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failures per key (a username, a client address) in memory: after {@code max} failures within
 * {@code window} of the first one, the key is blocked for {@code window}. The cache is bounded so that a
 * flood of made-up usernames cannot exhaust memory, and follows the injected clock so tests can move time.
 */
final class FailureCounter {

    private static final long MAX_KEYS = 100_000;
    private static final int MAX_KEY_LENGTH = 128;

    private final Cache<String, Window> windows;
    private final int max;
    private final Duration window;
    private final Clock clock;

    FailureCounter(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(window.multipliedBy(2))
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** Until when the key is blocked, if it is now. */
    Optional<Instant> blockedUntil(String key) {
        Window current = windows.getIfPresent(bounded(key));
        Instant now = clock.instant();
        if (current == null || current.blockedUntil() == null || !now.isBefore(current.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(current.blockedUntil());
    }

    void fail(String key) {
        Instant now = clock.instant();
        windows.asMap().compute(bounded(key), (k, current) -> {
            if (current != null && current.blockedUntil() != null && now.isBefore(current.blockedUntil())) {
                return current; // already blocked: a failure that slipped past the check extends nothing
            }
            if (current == null || !now.isBefore(current.start().plus(window))) {
                return blockIfReached(new Window(1, now, null), now);
            }
            return blockIfReached(new Window(current.failures() + 1, current.start(), current.blockedUntil()), now);
        });
    }

    void reset(String key) {
        windows.invalidate(bounded(key));
    }

    private Window blockIfReached(Window counted, Instant now) {
        if (counted.failures() >= max && counted.blockedUntil() == null) {
            return new Window(counted.failures(), counted.start(), now.plus(window));
        }
        return counted;
    }

    private static String bounded(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private record Window(int failures, Instant start, Instant blockedUntil) {}
}
