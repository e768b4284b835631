package org.homeward.returns;

import java.time.LocalDate;
import java.util.UUID;

/** A post-return monitoring visit was recorded. */
public record MonitoringVisitRecorded(UUID caseId, long visitId, LocalDate date, Whereabouts whereabouts)
        implements ReturnEvent {}
