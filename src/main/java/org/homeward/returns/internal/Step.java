package org.homeward.returns.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Who records a transition and when: the actor's username and organisation code, the instant, today's date, and
 * the date the step took effect — today, unless the record of an earlier step is entered later ({@link #on}).
 */
record Step(String actor, String organisation, Instant at, LocalDate today, LocalDate effectiveOn) {

    Step(String actor, String organisation, Instant at, LocalDate today) {
        this(actor, organisation, at, today, today);
    }

    static Step of(String actor, String organisation, Clock clock) {
        return new Step(actor, organisation, clock.instant(), LocalDate.now(clock));
    }

    /**
     * The same step, taken on {@code date} (today when null); a date in the future is refused as a problem of
     * {@code field}.
     */
    Step on(LocalDate date, String field) {
        if (date == null) {
            return this;
        }
        Problems problems = new Problems();
        problems.pastDate(field, date, today);
        problems.throwIfAny();
        return new Step(actor, organisation, at, today, date);
    }
}
