package org.homeward.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureCounterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final FailureCounter counter = new FailureCounter(5, WINDOW, clock);

    @Test
    void theFifthFailureWithinTheWindowBlocksForTheWindow() {
        for (int i = 0; i < 4; i++) {
            counter.fail("amira");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(counter.blockedUntil("amira")).isEmpty();

        counter.fail("amira");

        assertThat(counter.blockedUntil("amira")).contains(clock.instant().plus(WINDOW));
        clock.advance(WINDOW.minusSeconds(1));
        assertThat(counter.blockedUntil("amira")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(counter.blockedUntil("amira")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            counter.fail("omar");
        }
        clock.advance(WINDOW);

        counter.fail("omar");

        assertThat(counter.blockedUntil("omar")).isEmpty();
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 5; i++) {
            counter.fail("one");
        }

        assertThat(counter.blockedUntil("one")).isPresent();
        assertThat(counter.blockedUntil("two")).isEmpty();
    }

    @Test
    void resetForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            counter.fail("layla");
        }

        counter.reset("layla");
        counter.fail("layla");

        assertThat(counter.blockedUntil("layla")).isEmpty();
    }

    @Test
    void aPerClientLimitWorksTheSameWithItsOwnThreshold() {
        FailureCounter byClient = new FailureCounter(50, WINDOW, clock);
        for (int i = 0; i < 49; i++) {
            byClient.fail("192.0.2.7");
        }
        assertThat(byClient.blockedUntil("192.0.2.7")).isEmpty();

        byClient.fail("192.0.2.7");

        assertThat(byClient.blockedUntil("192.0.2.7")).isPresent();
    }

    @Test
    void aFailureWhileBlockedDoesNotLiftOrExtendTheBlock() {
        for (int i = 0; i < 5; i++) {
            counter.fail("sami");
        }
        Instant until = counter.blockedUntil("sami").orElseThrow();
        clock.advance(Duration.ofMinutes(14));

        counter.fail("sami");

        assertThat(counter.blockedUntil("sami")).contains(until);
    }

    /** A clock tests can move forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
