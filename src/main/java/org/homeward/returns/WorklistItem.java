package org.homeward.returns;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing to do on one case: {@code action} is the next action's code ({@code counsel}, ..., {@code monitor}),
 * due on {@code dueOn}; {@code visitId} names the monitoring visit for {@code monitor}.
 */
public record WorklistItem(
        UUID caseId,
        String reference,
        ReturnStatus status,
        DisplacementType displacementType,
        String destinationPcode,
        String action,
        LocalDate dueOn,
        boolean overdue,
        Long visitId) {}
