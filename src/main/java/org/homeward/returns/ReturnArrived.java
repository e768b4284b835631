package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Members of a case arrived: each person here is one return, counted once, on {@code date}. A case may arrive in
 * several parts; each part is its own event with its own people.
 */
public record ReturnArrived(
        UUID caseId,
        UUID householdId,
        List<UUID> personIds,
        LocalDate date,
        String destinationPcode,
        DisplacementType type,
        String fromCountry,
        String crossingPointCode)
        implements ReturnEvent {}
