package org.homeward.statistics.internal;

import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the figures ledger, in one place: every signed-in user reads it and its reconciliation
 * (the figures are public statements, not personal data); coordinators record, correct, delete and import
 * figures. Administrators run the system and do not edit its content.
 */
final class FigureAccess {

    private FigureAccess() {}

    static boolean mayChange(Actor actor) {
        return actor.role() == Role.COORDINATOR;
    }

    static void requireChange(Actor actor) {
        if (!mayChange(actor)) {
            throw new AccessDeniedException("Only coordinators change the figures ledger");
        }
    }
}
