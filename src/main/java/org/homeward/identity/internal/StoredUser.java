package org.homeward.identity.internal;

import java.time.Instant;
import org.homeward.identity.Actor;

/**
 * A user as sign-in needs them: who they act as, the password hash and the state that decides whether
 * they may sign in. Never leaves the identity module.
 *
 * @param usable the user is enabled and their organisation active
 */
record StoredUser(
        Actor actor,
        String passwordHash,
        boolean usable,
        Instant lockedUntil,
        int failedAttempts,
        Instant lastLoginAt) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Override
    public String toString() {
        return "StoredUser[" + actor + "]";
    }
}
