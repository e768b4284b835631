package org.homeward.registry;

import java.util.UUID;
import org.homeward.shared.PageRequest;

/**
 * The registry's public API. Every call acts for the signed-in actor: what it returns and what it allows
 * follow the access rules, and every change and every read of personal data is audited.
 */
public interface Registry {

    /**
     * Registers a household. With an idempotency key, repeating the same request returns the household
     * registered the first time; the same key with a different body is a conflict.
     */
    Registration register(HouseholdDraft draft, String idempotencyKey);

    HouseholdView get(UUID id);

    /** Replaces the household's fields and members if it is still at {@code expectedVersion}. */
    HouseholdRecord update(UUID id, int expectedVersion, HouseholdDraft draft);

    /** Soft delete: the record stays for audit, gone from lists and reads. */
    void delete(UUID id, Integer expectedVersion, String reason);

    /**
     * Households matching the filters, newest first, as the actor may see them (reads of full records audited).
     * The total is counted up to {@link HouseholdPage#COUNT_LIMIT}.
     */
    HouseholdPage search(HouseholdSearch search, PageRequest page);

    /**
     * Non-personal facts of a household the signed-in actor can see at all (full or pseudonymised), for
     * workflows in other modules; empty if it does not exist or is hidden from the actor.
     */
    java.util.Optional<HouseholdFacts> facts(UUID id);

    /**
     * Whether the signed-in actor may change this household (and act on its behalf in other modules, such as its
     * return case); false when it does not exist, is deleted, or is outside the actor's access.
     */
    boolean mayChange(UUID id);

    /**
     * Records where a household now is and its displacement status after a movement (a return's arrival).
     * Called by the returns workflow inside its own transaction; audited as an update of those fields.
     */
    void relocate(UUID id, DisplacementStatus status, String currentCountry, String currentPcode, String currentSite);

    record Registration(HouseholdRecord household, boolean replayed) {}
}
