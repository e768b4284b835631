package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *       has no need to read people's data);
 *   <li>a search by name matches only households the actor sees in full: a name that found a pseudonymised
 *       record would tell who is registered, where from and with whom — the very link pseudonymisation cuts.
 * </ul>
 *
 * List queries apply the same rules in SQL ({@link RowFilter}); each rule's SQL form sits beside its Java form.
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

    /**
     * Bulk exports of personal data: coordinators (for the households they see in full) and partners (their own
     * organisation's). Caseworkers work on one household at a time and export pseudonymised data only, like
     * analysts and administrators.
     */
    static boolean mayExportPersonalData(Role role) {
        return role == Role.COORDINATOR || role == Role.PARTNER;
    }

    static boolean mayRegister(Role role) {
        return role == Role.CASEWORKER || role == Role.COORDINATOR || role == Role.PARTNER;
    }

    /** The households a list may show the actor at all, in full or pseudonymised ({@link Visibility} not NONE). */
    static RowFilter listable(Actor actor) {
        return actor.role() == Role.PARTNER
                ? new RowFilter(false, actor.organisationId(), actor.areaScopes())
                : RowFilter.EVERY_ROW;
    }

    /** The households the actor sees in full ({@link Visibility#FULL}): all a name search may match. */
    static RowFilter readableInFull(Actor actor) {
        return switch (actor.role()) {
            case CASEWORKER, COORDINATOR -> new RowFilter(false, null, actor.areaScopes());
            case PARTNER -> new RowFilter(false, actor.organisationId(), actor.areaScopes());
            case ANALYST, ADMIN -> RowFilter.NO_ROW;
        };
    }

    private static boolean inScope(Actor actor, StoredHousehold household) {
        return actor.hasWholeCountry() || household.locatedIn(actor.areaScopes());
    }

    private static boolean ownedByPartner(Actor actor, StoredHousehold household) {
        return household.organisationId() == actor.organisationId() && inScope(actor, household);
    }

    /**
     * Household rows as SQL conditions: none at all, or those of one organisation (if set) located in one of the
     * areas (if any; none means the whole country), as {@link #inScope} and {@link #ownedByPartner} decide.
     */
    record RowFilter(boolean none, Long organisationId, Set<String> areas) {

        static final RowFilter EVERY_ROW = new RowFilter(false, null, Set.of());
        static final RowFilter NO_ROW = new RowFilter(true, null, Set.of());

        RowFilter {
            areas = Set.copyOf(areas);
        }

        /** Conditions on household {@code h}, binding their values under names starting with {@code prefix}. */
        List<String> conditions(String prefix, Map<String, Object> params) {
            if (none) {
                return List.of("FALSE");
            }
            List<String> conditions = new ArrayList<>();
            if (organisationId != null) {
                params.put(prefix + "Organisation", organisationId);
                conditions.add("h.organisation_id = :" + prefix + "Organisation");
            }
            if (!areas.isEmpty()) {
                String name = prefix + "Areas";
                params.put(name, HouseholdStore.arrayLiteral(List.copyOf(areas)));
                conditions.add("(h.origin_areas && CAST(:%1$s AS text[]) OR h.current_areas && CAST(:%1$s AS text[]))"
                        .formatted(name));
            }
            return conditions;
        }
    }
}
