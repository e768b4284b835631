package org.homeward.returns;

import java.util.UUID;

/**
 * The convoy a case was booked on was cancelled: the case is back to CLEARED (or, if it was on hold, will resume as
 * CLEARED), without a plan, to be scheduled again.
 */
public record ReturnUnscheduled(UUID caseId, UUID convoyId, String convoyReference) implements ReturnEvent {}
