package org.homeward.returns;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A counselling session was recorded. */
public record ReturnCounselled(UUID caseId, LocalDate date, Set<CounsellingTopic> topics) implements ReturnEvent {}
