package org.homeward.returns.internal;

import static org.homeward.returns.ReturnAction.ARRIVE;
import static org.homeward.returns.ReturnAction.CANCEL;
import static org.homeward.returns.ReturnAction.CLEAR;
import static org.homeward.returns.ReturnAction.COUNSEL;
import static org.homeward.returns.ReturnAction.CROSS;
import static org.homeward.returns.ReturnAction.DEPART;
import static org.homeward.returns.ReturnAction.HOLD;
import static org.homeward.returns.ReturnAction.MONITOR;
import static org.homeward.returns.ReturnAction.RELEASE;
import static org.homeward.returns.ReturnAction.SCHEDULE;
import static org.homeward.returns.ReturnAction.SIGN_DECLARATION;
import static org.homeward.returns.ReturnAction.WITHDRAW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnCaseView.CounsellingSession;
import org.homeward.returns.ReturnCaseView.DeclarationRecord;
import org.homeward.returns.ReturnCaseView.Hold;
import org.homeward.returns.ReturnCaseView.Place;
import org.homeward.returns.ReturnCaseView.Plan;
import org.homeward.returns.ReturnCaseView.TimelineEntry;
import org.homeward.returns.ReturnCleared;
import org.homeward.returns.ReturnCounselled;
import org.homeward.returns.ReturnDeclarationSigned;
import org.homeward.returns.ReturnEvent;
import org.homeward.returns.ReturnHeld;
import org.homeward.returns.ReturnReleased;
import org.homeward.returns.ReturnScheduled;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.ReturnUnscheduled;
import org.homeward.returns.TransitionRefused;

/**
 * A household's return, from intention to monitoring: the aggregate whose guarded methods are the only way a case
 * changes state. Each method first asks {@link #allowedActions()} (a refusal names the current state and what is
 * allowed), then checks its input (all field problems at once), and only then changes anything; it records a
 * timeline entry and an event. Pure Java: lookups (areas, crossing points, holds, consent) are resolved by the
 * caller and passed in. Movements (depart, cross, arrive) and closing live in {@link CaseMovements}.
 */
final class ReturnCase {

    final CaseState state;
    private final List<TimelineEntry> recorded = new ArrayList<>();
    private final List<ReturnEvent> events = new ArrayList<>();

    ReturnCase(CaseState state) {
        this.state = state;
    }

    /** The actions the case allows now; what a refusal lists, and what the case page offers. */
    List<ReturnAction> allowedActions() {
        ReturnStatus status = state.status;
        boolean pendingAfterArrival = state.members.stream().anyMatch(CaseMember::pending);
        return switch (status) {
            case INTENTION_RECORDED -> List.of(COUNSEL, WITHDRAW, CANCEL, HOLD);
            case COUNSELLED -> List.of(SIGN_DECLARATION, WITHDRAW, CANCEL, HOLD);
            case DECLARATION_SIGNED -> List.of(CLEAR, WITHDRAW, CANCEL, HOLD);
            case CLEARED -> List.of(SCHEDULE, WITHDRAW, CANCEL, HOLD);
            case SCHEDULED -> List.of(SCHEDULE, DEPART, WITHDRAW, CANCEL, HOLD);
            case DEPARTED -> List.of(state.type == DisplacementType.REFUGEE ? CROSS : ARRIVE, WITHDRAW, CANCEL);
            case CROSSED -> List.of(ARRIVE, WITHDRAW, CANCEL);
            case ON_HOLD ->
                state.hold.areaHoldId() == null ? List.of(RELEASE, WITHDRAW, CANCEL) : List.of(WITHDRAW, CANCEL);
            case ARRIVED, MONITORED -> pendingAfterArrival ? List.of(MONITOR, ARRIVE, WITHDRAW) : List.of(MONITOR);
            case WITHDRAWN, CANCELLED -> List.of();
        };
    }

    boolean allows(ReturnAction action) {
        return allowedActions().contains(action);
    }

    /** Refuses {@code action} unless the current state allows it. */
    void require(ReturnAction action) {
        if (!allows(action)) {
            throw refused(action, Refusals.of(action, state));
        }
    }

    TransitionRefused refused(ReturnAction action, String detail) {
        return new TransitionRefused(state.id, state.status, action, allowedActions(), detail);
    }

    void counsel(LocalDate date, Set<org.homeward.returns.CounsellingTopic> topics, Step step) {
        require(COUNSEL);
        Problems problems = new Problems();
        problems.pastDate("date", date, step.today());
        if (topics == null || topics.isEmpty()) {
            problems.add(
                    "topics", "required", "at least one of CONDITIONS, DOCUMENTS, HOUSING_LAND_PROPERTY, SERVICES");
        }
        problems.throwIfAny();
        var covered = EnumSet.copyOf(topics);
        state.counselling = new CounsellingSession(date, covered);
        moveTo(ReturnStatus.COUNSELLED, date, COUNSEL, null, Map.of("topics", covered.toString()), step);
        events.add(new ReturnCounselled(state.id, date, covered));
    }

    /**
     * Records the declaration of every adult. The caller records each signature as consent in the registry, in the
     * same transaction.
     */
    void signDeclaration(LocalDate date, String place, String witness, List<UUID> signedBy, Step step) {
        require(SIGN_DECLARATION);
        Problems problems = new Problems();
        problems.pastDate("date", date, step.today());
        problems.notBefore("date", date, state.counselling.date(), "before-counselling", "counselling session");
        String where = problems.text("place", place, Problems.MAX_TEXT);
        String witnessedBy = problems.text("witnessOrganisation", witness, Problems.MAX_TEXT);
        List<UUID> signers = signedBy == null ? List.of() : signedBy;
        if (signers.isEmpty()) {
            problems.add("signedBy", "required", "the adults who signed; a case without an adult cannot declare");
        }
        checkMembers("signedBy", signers, problems);
        if (date != null && problems.isEmpty()) {
            List<CaseMember> pending = pendingMembers();
            for (UUID adult : VoluntarinessPolicy.unsignedAdults(pending, signers, date)) {
                problems.add("signedBy", "adult-missing", "member " + adult + " is an adult and has not signed");
            }
            for (UUID child : VoluntarinessPolicy.minorsSigning(pending, signers, date)) {
                problems.add("signedBy", "not-adult", "member " + child + " is a child: adults sign the declaration");
            }
        }
        problems.throwIfAny();
        state.declaration = new DeclarationRecord(date, where, witnessedBy);
        state.updateMembers(member -> signers.contains(member.personId()) ? member.withSigned() : member);
        moveTo(ReturnStatus.DECLARATION_SIGNED, date, SIGN_DECLARATION, where, Map.of("signers", signers.size()), step);
        events.add(new ReturnDeclarationSigned(state.id, state.householdId, date, List.copyOf(signers)));
    }

    /**
     * @param hold an active hold covering the destination, if any
     * @param withdrawnDeclarations signers whose declaration no longer holds today
     */
    void clear(Optional<AreaHold> hold, Collection<UUID> withdrawnDeclarations, Step step) {
        require(CLEAR);
        refuseIfHeld(CLEAR, hold);
        refuseIfDeclarationWithdrawn(CLEAR, withdrawnDeclarations);
        moveTo(ReturnStatus.CLEARED, step.effectiveOn(), CLEAR, null, Map.of(), step);
        events.add(new ReturnCleared(state.id));
    }

    /**
     * Schedules or reschedules the return. The caller resolved the codes: {@code point} and {@code destination}
     * are null when not given (unknown codes were refused before), {@code convoy} when no convoy was named.
     *
     * @param hold an active hold covering the destination the case will be bound to
     */
    void schedule(ScheduleInput input, Optional<AreaHold> hold, Step step) {
        require(SCHEDULE);
        Problems problems = new Problems();
        LocalDate planned = input.plannedDate() != null
                ? input.plannedDate()
                : input.convoy() == null ? null : input.convoy().plannedDate();
        if (planned == null) {
            problems.add("plannedDate", "required", "the planned date of departure (YYYY-MM-DD)");
        }
        problems.notBefore("plannedDate", planned, state.declaration.date(), "before-declaration", "declaration");
        if (input.transport() == null) {
            problems.add("transport", "required", "one of CONVOY, SELF_ORGANISED, AIR");
        }
        ScheduleRules.checkCrossing(state, input, problems);
        ScheduleRules.checkConvoy(input, planned, problems);
        problems.throwIfAny();
        refuseIfHeld(SCHEDULE, hold);
        if (input.convoy() != null
                && input.convoy().freeSeats() < pendingMembers().size()) {
            throw refused(
                    SCHEDULE,
                    "convoy " + input.convoy().reference() + " has "
                            + input.convoy().freeSeats() + " free seats; this case needs "
                            + pendingMembers().size());
        }
        if (input.destination() != null) {
            state.destination = Destination.of(input.destination());
        }
        String point =
                input.crossingPoint() == null ? null : input.crossingPoint().code();
        UUID convoyId = input.convoy() == null ? null : input.convoy().id();
        state.plan = new Plan(planned, input.transport(), point, convoyId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("plannedDate", planned.toString());
        detail.put("transport", input.transport().name());
        detail.put("destination", state.destination.pcode());
        moveTo(ReturnStatus.SCHEDULED, step.effectiveOn(), SCHEDULE, point, detail, step);
        events.add(
                new ReturnScheduled(state.id, planned, input.transport(), point, convoyId, state.destination.pcode()));
    }

    /**
     * The convoy the case was booked on was cancelled: a scheduled case goes back to CLEARED, without a plan; a case
     * held while scheduled stays on hold and will resume as CLEARED.
     */
    void unschedule(UUID convoyId, String convoyReference, Step step) {
        boolean scheduled = state.status == ReturnStatus.SCHEDULED;
        boolean heldScheduled = state.status == ReturnStatus.ON_HOLD && state.hold.heldFrom() == ReturnStatus.SCHEDULED;
        if (!(scheduled || heldScheduled) || state.plan == null || !convoyId.equals(state.plan.convoyId())) {
            throw refused(
                    ReturnAction.UNSCHEDULE,
                    "only a case scheduled on convoy " + convoyReference + " is unscheduled when it is cancelled");
        }
        state.plan = null;
        Map<String, Object> detail = Map.of("convoy", convoyReference, "reason", "convoy-cancelled");
        if (scheduled) {
            moveTo(ReturnStatus.CLEARED, step.effectiveOn(), ReturnAction.UNSCHEDULE, null, detail, step);
        } else {
            state.hold = new Hold(ReturnStatus.CLEARED, state.hold.areaHoldId(), state.hold.reason());
            record(ReturnAction.UNSCHEDULE, ReturnStatus.ON_HOLD, step.effectiveOn(), null, detail, step);
        }
        events.add(new ReturnUnscheduled(state.id, convoyId, convoyReference));
    }

    /** Answers the members who left; those not named stay behind and leave the case. */
    List<CaseMember> depart(CaseMovements.DepartureInput input, Collection<UUID> withdrawnDeclarations, Step step) {
        return CaseMovements.depart(this, input, withdrawnDeclarations, step);
    }

    void cross(LocalDate date, CrossingPoint point, CrossingPolicy policy, Step step) {
        CaseMovements.cross(this, date, point, policy, step);
    }

    List<CaseMember> arrive(LocalDate date, Area community, List<UUID> memberIds, Step step) {
        return CaseMovements.arrive(this, date, community, memberIds, step);
    }

    void withdraw(String reason, List<UUID> memberIds, Step step) {
        CaseMovements.withdraw(this, reason, memberIds, false, step);
    }

    /** The withdrawal that follows when a member withdraws the voluntary-return declaration. */
    void withdrawByDeclaration(List<UUID> memberIds, Step step) {
        CaseMovements.withdraw(this, null, memberIds, true, step);
    }

    void cancel(String reason, Step step) {
        CaseMovements.cancel(this, reason, step);
    }

    void monitored(LocalDate date, Problems problems, Step step) {
        CaseMovements.monitored(this, date, problems, step);
    }

    /** Puts the case on hold, by itself ({@code areaHoldId} null) or because its destination area was held. */
    void hold(String reason, Long areaHoldId, Step step) {
        require(HOLD);
        Problems problems = new Problems();
        String why = problems.text("reason", reason, Problems.MAX_REASON);
        problems.throwIfAny();
        ReturnStatus from = state.status;
        state.hold = new Hold(from, areaHoldId, why);
        Map<String, Object> detail = areaHoldId == null ? Map.of() : Map.of("areaHold", areaHoldId);
        moveTo(ReturnStatus.ON_HOLD, step.effectiveOn(), HOLD, null, detail, step);
        events.add(new ReturnHeld(state.id, from, areaHoldId));
    }

    /**
     * Releases a hold on the case itself. If meanwhile its destination was put on hold, the case stays on hold,
     * now held by that area.
     */
    void release(Optional<AreaHold> areaHold, Step step) {
        require(RELEASE);
        resume(areaHold, step);
    }

    /** The area hold {@code holdId} ended: resume unless {@code otherHold} still covers the destination. */
    void releaseArea(long holdId, Optional<AreaHold> otherHold, Step step) {
        if (state.status != ReturnStatus.ON_HOLD || !Long.valueOf(holdId).equals(state.hold.areaHoldId())) {
            return;
        }
        resume(otherHold, step);
    }

    private void resume(Optional<AreaHold> stillHeldBy, Step step) {
        if (stillHeldBy.isPresent()) {
            AreaHold other = stillHeldBy.get();
            state.hold = new Hold(state.hold.heldFrom(), other.id(), other.reason());
            record(
                    RELEASE,
                    ReturnStatus.ON_HOLD,
                    step.effectiveOn(),
                    null,
                    Map.of("stillHeldByArea", other.id()),
                    step);
            return;
        }
        ReturnStatus to = state.hold.heldFrom();
        state.hold = null;
        moveTo(to, step.effectiveOn(), RELEASE, null, Map.of(), step);
        events.add(new ReturnReleased(state.id, to));
    }

    void refuseIfHeld(ReturnAction action, Optional<AreaHold> hold) {
        if (hold.isPresent()) {
            AreaHold held = hold.get();
            throw refused(
                    action,
                    "the destination " + state.destination.pcode() + " lies in " + held.pcode() + ", which is on hold: "
                            + held.reason());
        }
    }

    void refuseIfDeclarationWithdrawn(ReturnAction action, Collection<UUID> withdrawn) {
        if (!withdrawn.isEmpty()) {
            throw new TransitionRefused(
                    state.id,
                    state.status,
                    action,
                    List.of(WITHDRAW, CANCEL),
                    "the voluntary-return declaration of member "
                            + withdrawn.iterator().next() + " was withdrawn: the case cannot go on");
        }
    }

    void checkMembers(String field, List<UUID> ids, Problems problems) {
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id == null || state.member(id).isEmpty()) {
                problems.add(field + "[" + i + "]", "not-in-case", "member " + id + " is not in this case");
            } else if (ids.indexOf(id) != i) {
                problems.add(field + "[" + i + "]", "duplicate", "member " + id + " is listed twice");
            }
        }
    }

    List<CaseMember> pendingMembers() {
        return state.members.stream().filter(CaseMember::pending).toList();
    }

    /** Changes the status and records the step. */
    void moveTo(
            ReturnStatus to,
            LocalDate effectiveOn,
            ReturnAction action,
            String place,
            Map<String, Object> detail,
            Step step) {
        ReturnStatus from = state.status;
        state.status = to;
        state.statusDate = effectiveOn;
        recorded.add(new TimelineEntry(
                action.code(), from, to, effectiveOn, place, detail, step.at(), step.actor(), step.organisation()));
    }

    /** Records a step that leaves the status as it is (a second arrival, a later visit). */
    void record(
            ReturnAction action,
            ReturnStatus status,
            LocalDate effectiveOn,
            String place,
            Map<String, Object> detail,
            Step step) {
        recorded.add(new TimelineEntry(
                action.code(),
                status,
                status,
                effectiveOn,
                place,
                detail,
                step.at(),
                step.actor(),
                step.organisation()));
    }

    void publish(ReturnEvent event) {
        events.add(event);
    }

    void updateMembers(UnaryOperator<CaseMember> change) {
        state.updateMembers(change);
    }

    /** Timeline entries recorded since the case was loaded, for the store to append. */
    List<TimelineEntry> recorded() {
        return List.copyOf(recorded);
    }

    /** Events raised since the case was loaded, for the service to publish after saving. */
    List<ReturnEvent> events() {
        return List.copyOf(events);
    }

    Place origin() {
        return state.origin;
    }
}
