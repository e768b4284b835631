package org.homeward.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** A household as one actor may see it: in full, or pseudonymised. */
public sealed interface HouseholdView permits HouseholdRecord, PseudonymisedHousehold {

    UUID id();

    String reference();

    /**
     * "full" or "pseudonymised", so that a client knows which fields to expect. Named for JSON explicitly: it is
     * not a record component, and Jackson serialises only components and bean getters by itself.
     */
    @JsonProperty("access")
    String access();
}
