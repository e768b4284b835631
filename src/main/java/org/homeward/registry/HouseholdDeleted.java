package org.homeward.registry;

import java.util.UUID;

/** A household was removed from the registry (soft delete, with a reason kept in the record). */
public record HouseholdDeleted(UUID householdId) {}
