package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/** A household's record was changed; names the changed fields, never their values. */
public record HouseholdChanged(UUID householdId, int version, List<String> changedFields) {}
