package org.homeward.returns;

import java.util.UUID;

/** The case was put on hold, on its own or by a hold on its destination area ({@code areaHoldId}). */
public record ReturnHeld(UUID caseId, ReturnStatus from, Long areaHoldId) implements ReturnEvent {}
