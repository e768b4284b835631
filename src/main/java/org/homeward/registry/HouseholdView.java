package org.homeward.registry;

import java.util.UUID;

/** A household as one actor may see it: in full, or pseudonymised. */
public sealed interface HouseholdView permits HouseholdRecord, PseudonymisedHousehold {

    UUID id();

    String reference();

    /** "full" or "pseudonymised", so that a client knows which fields to expect. */
    String access();
}
