package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;

/**
 * The return workflow's public API. Every call acts for the signed-in actor: caseworkers, coordinators and the
 * partner that registered a household act on cases of households they may change (the registry decides); analysts
 * read. A transition the case does not allow raises {@link TransitionRefused} (nothing changed); bad input a
 * {@code ValidationException} naming each field.
 *
 * <p>{@code expectedVersion} is optional on every transition: given and stale, the call fails with 412 and changes
 * nothing. Two transitions of one case at once never both succeed: the second finds the state changed (409), or
 * the version changed (412) when it named one.
 */
public interface Returns {

    ReturnCaseView open(Opening opening);

    ReturnCaseView get(UUID id);

    Page<ReturnCaseSummary> search(ReturnSearch search, PageRequest page);

    ReturnCaseView counsel(UUID id, Integer expectedVersion, Counselling counselling);

    ReturnCaseView signDeclaration(UUID id, Integer expectedVersion, Declaration declaration);

    ReturnCaseView clear(UUID id, Integer expectedVersion, Clearance clearance);

    ReturnCaseView schedule(UUID id, Integer expectedVersion, Schedule schedule);

    ReturnCaseView depart(UUID id, Integer expectedVersion, Departure departure);

    ReturnCaseView cross(UUID id, Integer expectedVersion, Crossing crossing);

    ReturnCaseView arrive(UUID id, Integer expectedVersion, Arrival arrival);

    ReturnCaseView withdraw(UUID id, Integer expectedVersion, Withdrawal withdrawal);

    ReturnCaseView cancel(UUID id, Integer expectedVersion, Reason cancellation);

    ReturnCaseView hold(UUID id, Integer expectedVersion, Reason hold);

    ReturnCaseView release(UUID id, Integer expectedVersion);

    /** Coordinators only: puts an area (any level) on hold; open cases bound there move to ON_HOLD. */
    AreaHoldView placeHold(AreaHoldRequest request);

    /** Coordinators only: ends a hold; the cases it stopped resume, unless another hold still covers them. */
    AreaHoldView releaseHold(long holdId);

    List<AreaHoldView> activeHolds();

    /*
     * The optional `date` of opening, clearance, scheduling (`scheduledOn`), withdrawal, cancellation and hold is
     * the day the step took effect, for records entered after the fact; without it, today. Never in the future.
     */

    /** A household, or some of its members, intends to return to {@code intendedDestinationPcode}. */
    record Opening(UUID householdId, List<UUID> memberIds, String intendedDestinationPcode, LocalDate date) {

        public Opening(UUID householdId, List<UUID> memberIds, String intendedDestinationPcode) {
            this(householdId, memberIds, intendedDestinationPcode, null);
        }
    }

    record Clearance(LocalDate date) {}

    record Counselling(LocalDate date, Set<CounsellingTopic> topics) {}

    /** Every adult of the case signs; each signature is recorded as the person's consent for purpose RETURN. */
    record Declaration(LocalDate date, String place, String witnessOrganisation, List<UUID> signedBy) {}

    /**
     * @param crossingPointCode required for refugees (a crossing into Syria from their country), absent for IDPs
     * @param convoyId optional, with transport CONVOY
     * @param destinationPcode optional: a household may change where it goes until it is scheduled
     */
    record Schedule(
            LocalDate plannedDate,
            Transport transport,
            String crossingPointCode,
            UUID convoyId,
            String destinationPcode,
            LocalDate scheduledOn) {}

    /**
     * Each place field defaults to where the household stayed when the case opened.
     *
     * @param memberIds the members who left (all, if empty); those not named stay behind and leave the case
     */
    record Departure(LocalDate date, String fromCountry, String fromSite, String fromPcode, List<UUID> memberIds) {

        public Departure(LocalDate date, String fromCountry, String fromSite, String fromPcode) {
            this(date, fromCountry, fromSite, fromPcode, List.of());
        }
    }

    record Crossing(LocalDate date, String crossingPointCode) {}

    /** The members who actually arrived, at a community P-code; the others may follow or withdraw. */
    record Arrival(LocalDate date, String pcode, List<UUID> memberIds) {}

    /**
     * @param reason optional; the household owes no reason
     * @param memberIds only after a partial arrival: which of the members still to arrive withdraw (all, if empty)
     */
    record Withdrawal(String reason, List<UUID> memberIds, LocalDate date) {}

    record Reason(String reason, LocalDate date) {}

    record AreaHoldRequest(String pcode, String reason) {}
}
