package org.homeward.registry;

import java.util.UUID;

/** A household entered the registry. Carries no personal data. */
public record HouseholdRegistered(
        UUID householdId, String reference, DisplacementStatus status, String originPcode, int members) {}
