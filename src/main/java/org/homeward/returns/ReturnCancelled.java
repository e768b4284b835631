package org.homeward.returns;

import java.util.UUID;

/** A caseworker or coordinator cancelled the case. */
public record ReturnCancelled(UUID caseId, ReturnStatus from) implements ReturnEvent {}
