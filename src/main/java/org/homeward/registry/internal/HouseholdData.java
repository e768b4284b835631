package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.DisplacementStatus;

/** A household as validated: resolved codes, normalised text, members in order. */
record HouseholdData(
        DisplacementStatus status,
        String originPcode,
        String currentCountry,
        String currentLocality,
        String currentPcode,
        String currentSite,
        LocalDate dateDisplaced,
        String phone,
        String notes,
        boolean childHeaded,
        List<PersonData> members) {}
