package org.homeward.returns;

import java.util.UUID;

/** A household (or some of its members) recorded the intention to return. */
public record ReturnCaseOpened(
        UUID caseId, UUID householdId, DisplacementType type, String destinationPcode, int members)
        implements ReturnEvent {}
