package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Corrections of recorded arrivals, by coordinators: a wrong arrival date or community, or members recorded as
 * arrived who had not. The person-movements the statistics count change with the case, in the same transaction;
 * the correction is audited and recorded in the case's timeline. A member who arrived but was not recorded is
 * recorded by the ordinary arrival.
 */
public interface ArrivalCorrections {

    /**
     * Corrects the arrival of members of a case that has arrived.
     *
     * @param expectedVersion the case version the coordinator saw (If-Match), or null
     */
    ReturnCaseView correct(UUID caseId, Integer expectedVersion, Correction correction);

    /**
     * What to correct; at least one of {@code date}, {@code pcode} and {@code notArrivedMemberIds}.
     *
     * @param memberIds whose arrival date or community to correct; null or empty: every member recorded as arrived
     *     (less those in {@code notArrivedMemberIds})
     * @param date the true arrival date, or null to keep it
     * @param pcode the true arrival community (level 4 P-code), or null to keep it
     * @param notArrivedMemberIds members recorded as arrived by mistake: they are on their way again (pending); at
     *     least one member must stay arrived
     * @param reason RECORDING_ERROR, LATER_VERIFICATION or DUPLICATE_RECORD
     */
    record Correction(
            List<UUID> memberIds, LocalDate date, String pcode, List<UUID> notArrivedMemberIds, String reason) {}

    /** Why a recorded arrival was wrong: codes, not free text, because the timeline is widely read. */
    enum Reason {
        /** Typed wrong when recorded. */
        RECORDING_ERROR,
        /** Monitoring or documents showed later what really happened. */
        LATER_VERIFICATION,
        /** The arrival was recorded twice (e.g. in another case too). */
        DUPLICATE_RECORD
    }
}
