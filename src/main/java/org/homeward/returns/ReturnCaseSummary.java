package org.homeward.returns;

import java.time.LocalDate;
import java.util.UUID;

/** A case in a list: non-personal facts only. */
public record ReturnCaseSummary(
        UUID id,
        String reference,
        UUID householdId,
        ReturnStatus status,
        LocalDate statusDate,
        DisplacementType displacementType,
        String originCountry,
        String originSite,
        String destinationPcode,
        String crossingPointCode,
        LocalDate plannedDate,
        UUID convoyId,
        int members,
        int version) {}
