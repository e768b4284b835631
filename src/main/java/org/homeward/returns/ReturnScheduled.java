package org.homeward.returns;

import java.time.LocalDate;
import java.util.UUID;

/** The return was scheduled (or rescheduled). */
public record ReturnScheduled(
        UUID caseId,
        LocalDate plannedDate,
        Transport transport,
        String crossingPointCode,
        UUID convoyId,
        String destinationPcode)
        implements ReturnEvent {}
