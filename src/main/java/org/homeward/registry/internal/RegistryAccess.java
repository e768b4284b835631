package org.homeward.registry.internal;

import org.homeward.identity.Actor;
import org.homeward.identity.Role;

/**
 * Who sees and changes which household — the one place these rules live.
 *
 * <ul>
 *   <li>caseworker, coordinator: full records of households in their geographic scope (origin or current
 *       location within one of their areas, or the whole country), pseudonymised records elsewhere; they
 *       change only what is in scope;
 *   <li>partner: only its own organisation's households (within its areas, if it has any), in full; nothing
 *       else exists for a partner;
 *   <li>analyst and admin: pseudonymised records only, no changes (an administrator runs the system, and
 *       has no need to read people's data).
 * </ul>
 */
final class RegistryAccess {

    enum Visibility {
        FULL,
        PSEUDONYMISED,
        NONE
    }

    private RegistryAccess() {}

    static Visibility visibility(Actor actor, StoredHousehold household) {
        return switch (actor.role()) {
            case CASEWORKER, COORDINATOR -> inScope(actor, household) ? Visibility.FULL : Visibility.PSEUDONYMISED;
            case PARTNER -> ownedByPartner(actor, household) ? Visibility.FULL : Visibility.NONE;
            case ANALYST, ADMIN -> Visibility.PSEUDONYMISED;
        };
    }

    static boolean mayChange(Actor actor, StoredHousehold household) {
        return switch (actor.role()) {
            case CASEWORKER, COORDINATOR -> inScope(actor, household);
            case PARTNER -> ownedByPartner(actor, household);
            case ANALYST, ADMIN -> false;
        };
    }

    static boolean mayRegister(Role role) {
        return role == Role.CASEWORKER || role == Role.COORDINATOR || role == Role.PARTNER;
    }

    /** Partners see only their own organisation's rows: list queries filter on this organisation. */
    static Long organisationFilter(Actor actor) {
        return actor.role() == Role.PARTNER ? actor.organisationId() : null;
    }

    private static boolean inScope(Actor actor, StoredHousehold household) {
        return actor.hasWholeCountry() || household.locatedIn(actor.areaScopes());
    }

    private static boolean ownedByPartner(Actor actor, StoredHousehold household) {
        return household.organisationId() == actor.organisationId() && inScope(actor, household);
    }
}
