package org.homeward.returns.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Who records a transition and when: the actor's username and organisation code, the instant, and today's date. */
record Step(String actor, String organisation, Instant at, LocalDate today) {

    static Step of(String actor, String organisation, Clock clock) {
        return new Step(actor, organisation, clock.instant(), LocalDate.now(clock));
    }
}
