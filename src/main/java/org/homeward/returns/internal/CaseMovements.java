package org.homeward.returns.internal;

import static org.homeward.returns.ReturnAction.ARRIVE;
import static org.homeward.returns.ReturnAction.CANCEL;
import static org.homeward.returns.ReturnAction.CROSS;
import static org.homeward.returns.ReturnAction.DEPART;
import static org.homeward.returns.ReturnAction.MONITOR;
import static org.homeward.returns.ReturnAction.WITHDRAW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnArrived;
import org.homeward.returns.ReturnCancelled;
import org.homeward.returns.ReturnCaseView.CrossingRecord;
import org.homeward.returns.ReturnCaseView.DepartureRecord;
import org.homeward.returns.ReturnCrossed;
import org.homeward.returns.ReturnDeparted;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.ReturnWithdrawn;

/**
 * The moving half of a case: departure, crossing, arrival (possibly in parts), withdrawal, cancellation and
 * monitoring. Kept apart from {@link ReturnCase} only for size; it changes the case through the same guards.
 */
final class CaseMovements {

    private CaseMovements() {}

    /**
     * A departure with its codes resolved; {@code site} and {@code pcode} null when not given; {@code memberIds} the
     * members who left (empty: all of them).
     */
    record DepartureInput(
            LocalDate date, String country, String site, String siteCountry, String pcode, List<UUID> memberIds) {

        DepartureInput(LocalDate date, String country, String site, String siteCountry, String pcode) {
            this(date, country, site, siteCountry, pcode, List.of());
        }
    }

    /**
     * Records the departure of the case, or of some of its members: those who stay behind leave the case (the
     * household may open another case for them later), so that every member still in the case is on the way.
     * Answers who left.
     */
    static List<CaseMember> depart(ReturnCase returnCase, DepartureInput input, Collection<UUID> withdrawn, Step step) {
        returnCase.require(DEPART);
        CaseState state = returnCase.state;
        Problems problems = new Problems();
        List<UUID> leaving = departing(returnCase, input.memberIds(), input.date(), problems);
        problems.pastDate("date", input.date(), step.today());
        problems.notBefore("date", input.date(), state.declaration.date(), "before-declaration", "declaration");
        boolean inSyria = "SYR".equals(input.country());
        if (state.type == DisplacementType.REFUGEE && inSyria) {
            problems.add("fromCountry", "not-abroad", "a refugee return departs from the country of asylum");
        }
        if (state.type == DisplacementType.IDP && !inSyria) {
            problems.add("fromCountry", "abroad", "an IDP return departs from inside Syria");
        }
        if (input.site() != null && !input.country().equals(input.siteCountry())) {
            problems.add("fromSite", "wrong-country", input.site() + " is in " + input.siteCountry());
        }
        if (input.pcode() != null && !inSyria) {
            problems.add("fromPcode", "not-applicable", "a P-code names a place inside Syria");
        }
        problems.throwIfAny();
        returnCase.refuseIfDeclarationWithdrawn(DEPART, withdrawn);
        List<UUID> staying = ids(returnCase.pendingMembers()).stream()
                .filter(id -> !leaving.contains(id))
                .toList();
        state.updateMembers(member -> staying.contains(member.personId()) ? member.withdrawn() : member);
        state.departure = new DepartureRecord(input.date(), input.country(), input.site(), input.pcode());
        String place = input.site() != null ? input.site() : input.pcode() != null ? input.pcode() : input.country();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("members", leaving.size());
        if (!staying.isEmpty()) {
            detail.put("stayedBehind", staying.size());
        }
        returnCase.moveTo(ReturnStatus.DEPARTED, input.date(), DEPART, place, detail, step);
        if (!staying.isEmpty()) {
            returnCase.publish(
                    new ReturnWithdrawn(state.id, ReturnStatus.SCHEDULED, List.copyOf(staying), false, false));
        }
        returnCase.publish(new ReturnDeparted(
                state.id,
                state.householdId,
                List.copyOf(leaving),
                input.date(),
                state.type,
                input.country(),
                input.site(),
                input.pcode(),
                state.destination.pcode()));
        return returnCase.pendingMembers();
    }

    /**
     * The members who leave: those named, or every member still in the case. Children do not set off without an
     * adult who signed the declaration.
     */
    private static List<UUID> departing(
            ReturnCase returnCase, List<UUID> memberIds, LocalDate date, Problems problems) {
        List<CaseMember> pending = returnCase.pendingMembers();
        if (memberIds == null || memberIds.isEmpty()) {
            return ids(pending);
        }
        returnCase.checkMembers("memberIds", memberIds, problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<CaseMember> leaving = pending.stream()
                .filter(member -> memberIds.contains(member.personId()))
                .toList();
        boolean minor = date != null && leaving.stream().anyMatch(member -> !member.isAdultOn(date));
        boolean signedAdult = leaving.stream().anyMatch(member -> member.signed() && member.isAdultOn(date));
        if (minor && !signedAdult) {
            problems.add(
                    "memberIds", "no-adult", "children leave with an adult of the case who signed the declaration");
        }
        return ids(leaving);
    }

    static void cross(ReturnCase returnCase, LocalDate date, CrossingPoint point, CrossingPolicy policy, Step step) {
        returnCase.require(CROSS);
        CaseState state = returnCase.state;
        Problems problems = new Problems();
        problems.pastDate("date", date, step.today());
        problems.notBefore("date", date, state.departure.date(), "before-departure", "departure");
        if (!policy.allows(point, state.departure.country())) {
            problems.add("crossingPointCode", "wrong-country", policy.refusal(point, state.departure.country()));
        }
        problems.throwIfAny();
        state.crossing = new CrossingRecord(date, point.code());
        returnCase.moveTo(ReturnStatus.CROSSED, date, CROSS, point.code(), Map.of(), step);
        returnCase.publish(new ReturnCrossed(
                state.id,
                state.householdId,
                ids(returnCase.pendingMembers()),
                date,
                point.code(),
                state.departure.country()));
    }

    /**
     * Records the arrival of some or all members still on their way; answers who arrived. The first arrival moves
     * the case to ARRIVED; later ones (members who followed) leave the status as it is.
     */
    static List<CaseMember> arrive(
            ReturnCase returnCase, LocalDate date, Area community, List<UUID> memberIds, Step step) {
        returnCase.require(ARRIVE);
        CaseState state = returnCase.state;
        Problems problems = new Problems();
        problems.pastDate("date", date, step.today());
        problems.notBefore("date", date, state.departure.date(), "before-departure", "departure");
        if (state.crossing != null) {
            problems.notBefore("date", date, state.crossing.date(), "before-crossing", "crossing");
        }
        if (community.level() != Area.COMMUNITY) {
            problems.add("pcode", "not-a-community", community.pcode() + " is not a community (level 4) P-code");
        }
        List<UUID> ids = memberIds == null ? List.of() : memberIds;
        if (ids.isEmpty()) {
            problems.add("memberIds", "required", "the members who arrived");
        }
        returnCase.checkMembers("memberIds", ids, problems);
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            state.member(id)
                    .filter(member -> !member.pending())
                    .ifPresent(member -> problems.add(
                            "memberIds",
                            member.state() == MemberState.ARRIVED ? "already-arrived" : "withdrawn",
                            "member " + id + " has " + member.state().name().toLowerCase(java.util.Locale.ROOT)));
        }
        problems.throwIfAny();
        state.updateMembers(
                member -> ids.contains(member.personId()) ? member.arrived(date, community.pcode()) : member);
        Map<String, Object> detail = Map.of("members", ids.size());
        if (state.status == ReturnStatus.ARRIVED || state.status == ReturnStatus.MONITORED) {
            returnCase.record(ARRIVE, state.status, date, community.pcode(), detail, step);
        } else {
            state.firstArrivedOn = date;
            returnCase.moveTo(ReturnStatus.ARRIVED, date, ARRIVE, community.pcode(), detail, step);
        }
        String crossing = state.crossing == null ? null : state.crossing.crossingPointCode();
        returnCase.publish(new ReturnArrived(
                state.id,
                state.householdId,
                List.copyOf(ids),
                date,
                community.pcode(),
                state.type,
                state.departure.country(),
                crossing));
        return state.members.stream()
                .filter(member -> ids.contains(member.personId()))
                .toList();
    }

    /**
     * The household withdraws: before arrival the whole case (nothing penalises it); after a partial arrival, the
     * members who had not arrived ({@code memberIds}, or all of them).
     */
    static void withdraw(ReturnCase returnCase, String reason, List<UUID> memberIds, boolean byDeclaration, Step step) {
        returnCase.require(WITHDRAW);
        CaseState state = returnCase.state;
        Problems problems = new Problems();
        String why = problems.optionalText("reason", reason, Problems.MAX_REASON);
        List<UUID> ids = memberIds == null ? List.of() : memberIds;
        boolean wholeCase = state.status.isBeforeArrival();
        if (wholeCase && !ids.isEmpty() && !byDeclaration) {
            problems.add("memberIds", "whole-case", "before arrival the whole case is withdrawn");
        }
        List<UUID> leaving = new ArrayList<>();
        if (!wholeCase) {
            returnCase.checkMembers("memberIds", ids, problems);
            for (CaseMember member : returnCase.pendingMembers()) {
                if (ids.isEmpty() || ids.contains(member.personId())) {
                    leaving.add(member.personId());
                }
            }
            if (problems.isEmpty() && leaving.size() < ids.size()) {
                problems.add("memberIds", "not-pending", "only members who have not arrived can withdraw");
            }
        }
        problems.throwIfAny();
        ReturnStatus from = state.status;
        Map<String, Object> detail = new LinkedHashMap<>();
        if (byDeclaration) {
            detail.put("byDeclaration", true);
        }
        if (wholeCase) {
            leaving.addAll(ids(returnCase.pendingMembers()));
            state.closingReason = why;
            state.hold = null;
            returnCase.moveTo(ReturnStatus.WITHDRAWN, step.effectiveOn(), WITHDRAW, null, detail, step);
        } else {
            state.updateMembers(member -> leaving.contains(member.personId()) ? member.withdrawn() : member);
            detail.put("members", leaving.size());
            returnCase.record(WITHDRAW, from, step.effectiveOn(), null, detail, step);
        }
        returnCase.publish(new ReturnWithdrawn(state.id, from, List.copyOf(leaving), wholeCase, byDeclaration));
    }

    static void cancel(ReturnCase returnCase, String reason, Step step) {
        returnCase.require(CANCEL);
        Problems problems = new Problems();
        String why = problems.text("reason", reason, Problems.MAX_REASON);
        problems.throwIfAny();
        CaseState state = returnCase.state;
        ReturnStatus from = state.status;
        state.closingReason = why;
        state.hold = null;
        returnCase.moveTo(ReturnStatus.CANCELLED, step.effectiveOn(), CANCEL, null, Map.of(), step);
        returnCase.publish(new ReturnCancelled(state.id, from));
    }

    /** A monitoring visit took place on {@code date}: the first one moves the case to MONITORED. */
    static void monitored(ReturnCase returnCase, LocalDate date, Problems problems, Step step) {
        returnCase.require(MONITOR);
        CaseState state = returnCase.state;
        problems.pastDate("date", date, step.today());
        problems.notBefore("date", date, state.firstArrivedOn, "before-arrival", "arrival");
        problems.throwIfAny();
        if (state.status == ReturnStatus.ARRIVED) {
            returnCase.moveTo(ReturnStatus.MONITORED, date, MONITOR, null, Map.of(), step);
        } else {
            returnCase.record(MONITOR, state.status, date, null, Map.of(), step);
        }
    }

    private static List<UUID> ids(List<CaseMember> members) {
        return members.stream().map(CaseMember::personId).toList();
    }
}
