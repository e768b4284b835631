package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A refugee return crossed into Syria. */
public record ReturnCrossed(
        UUID caseId,
        UUID householdId,
        List<UUID> personIds,
        LocalDate date,
        String crossingPointCode,
        String fromCountry)
        implements ReturnEvent {}
