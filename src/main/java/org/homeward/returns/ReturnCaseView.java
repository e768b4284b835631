package org.homeward.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.Relationship;

/**
 * A return case as the API answers it: its state, what happened so far, what may happen next and the timeline.
 * Members appear by id, sex and birth year only. {@code closingReason} and the safety concerns of monitoring visits
 * may hold personal data: they are filled in only for actors who may act on the household.
 *
 * @param allowedActions what the case allows next, by state (whether the actor may do it is {@code mayAct})
 * @param mayAct whether the signed-in actor may change this case
 */
public record ReturnCaseView(
        UUID id,
        String reference,
        UUID householdId,
        ReturnStatus status,
        LocalDate statusDate,
        Hold hold,
        DisplacementType displacementType,
        Place origin,
        String destinationPcode,
        List<Member> members,
        CounsellingSession counselling,
        DeclarationRecord declaration,
        Plan plan,
        DepartureRecord departure,
        CrossingRecord crossing,
        LocalDate firstArrivedOn,
        String closingReason,
        int version,
        List<String> allowedActions,
        boolean mayAct,
        List<TimelineEntry> timeline,
        List<MonitoringVisitView> monitoringVisits) {

    /** Where the household stayed when the case opened: a country, a place inside Syria, a camp. */
    public record Place(String country, String pcode, String site) {}

    /** @param areaHoldId the area hold that stopped the case, or null for a hold on the case itself */
    public record Hold(ReturnStatus heldFrom, Long areaHoldId, String reason) {}

    public record Member(
            UUID personId,
            Relationship relationship,
            String sex,
            Integer birthYear,
            MemberState state,
            boolean signed,
            LocalDate arrivedOn,
            String arrivedPcode) {}

    public record CounsellingSession(LocalDate date, Set<CounsellingTopic> topics) {}

    public record DeclarationRecord(LocalDate date, String place, String witnessOrganisation) {}

    public record Plan(LocalDate plannedDate, Transport transport, String crossingPointCode, UUID convoyId) {}

    public record DepartureRecord(LocalDate date, String country, String site, String pcode) {}

    public record CrossingRecord(LocalDate date, String crossingPointCode) {}

    /** One step of the case: who recorded what, when it happened and where. */
    public record TimelineEntry(
            String action,
            ReturnStatus from,
            ReturnStatus to,
            LocalDate effectiveOn,
            String place,
            Map<String, Object> detail,
            Instant recordedAt,
            String recordedBy,
            String organisation) {}
}
