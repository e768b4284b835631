package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator corrected recorded arrivals: {@code corrected} now arrived on {@code date} at {@code
 * destinationPcode} (null: unchanged), and {@code notArrived} had not arrived after all.
 */
public record ReturnArrivalCorrected(
        UUID caseId,
        UUID householdId,
        List<UUID> corrected,
        LocalDate date,
        String destinationPcode,
        List<UUID> notArrived,
        String reason)
        implements ReturnEvent {}
