package org.homeward.registry;

import java.util.UUID;
import org.homeward.shared.Page;
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

    Page<HouseholdView> search(HouseholdSearch search, PageRequest page);

    record Registration(HouseholdRecord household, boolean replayed) {}
}
