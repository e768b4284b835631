package org.homeward.returns;

import java.util.UUID;

/** A hold ended and the case resumed in the state it was in. */
public record ReturnReleased(UUID caseId, ReturnStatus to) implements ReturnEvent {}
