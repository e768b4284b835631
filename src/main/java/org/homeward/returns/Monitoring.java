package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Post-return monitoring: visits are due at set months after the first arrival (by default 1, 3 and 6; setting
 * {@code homeward.returns.monitoring.months}); each visit records where the returnees are and how they live.
 */
public interface Monitoring {

    /** Records a visit: the earliest one still due, or one beyond the schedule when all are done. */
    MonitoringVisitView record(UUID caseId, Integer expectedVersion, VisitReport report);

    List<MonitoringVisitView> visits(UUID caseId);

    /**
     * @param movedToPcode where they moved, for MOVED_AGAIN (and for DISPLACED_AGAIN when known)
     * @param safetyConcerns free text, personal data: shown only to those who may act on the household
     */
    record VisitReport(
            LocalDate date,
            Whereabouts whereabouts,
            String movedToPcode,
            Access healthCare,
            Access school,
            Access water,
            Access food,
            Shelter shelter,
            Documentation civilDocumentation,
            String safetyConcerns) {}

    enum Access {
        YES,
        PARTIAL,
        NO
    }

    enum Shelter {
        ADEQUATE,
        NEEDS_REPAIR,
        SEVERELY_DAMAGED,
        DESTROYED,
        TEMPORARY
    }

    enum Documentation {
        COMPLETE,
        PARTIAL,
        NONE
    }
}
