package org.homeward.registry.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household as stored, with its current (not removed) members. */
record StoredHousehold(
        UUID id,
        String reference,
        long organisationId,
        HouseholdData data,
        List<String> originAreas,
        List<String> currentAreas,
        int version,
        Instant createdAt,
        Instant updatedAt,
        boolean deleted) {

    StoredHousehold withReference(String newReference) {
        return new StoredHousehold(
                id,
                newReference,
                organisationId,
                data,
                originAreas,
                currentAreas,
                version,
                createdAt,
                updatedAt,
                deleted);
    }

    List<PersonData> members() {
        return data.members();
    }

    boolean locatedIn(java.util.Collection<String> areas) {
        return areas.stream().anyMatch(area -> originAreas.contains(area) || currentAreas.contains(area));
    }
}
