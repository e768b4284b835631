package org.homeward.returns;

import java.util.UUID;

/** The case was cleared for scheduling. */
public record ReturnCleared(UUID caseId) implements ReturnEvent {}
