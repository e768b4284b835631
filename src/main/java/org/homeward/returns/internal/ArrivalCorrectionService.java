package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.geography.Area;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.returns.ArrivalCorrections;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnArrivalCorrected;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.internal.CaseTransitions.Change;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects recorded arrivals in one transaction: the case's members, its first arrival date, the timeline, the
 * person-movements (and through their triggers the statistics' roll-ups), the audit log and an event. Only
 * coordinators correct: a correction changes published figures.
 */
@Service
@Transactional
class ArrivalCorrectionService implements ArrivalCorrections {

    private final CaseTransitions transitions;
    private final ReturnViews views;
    private final CodeResolver codes;
    private final MovementLedger movements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;

    ArrivalCorrectionService(
            CaseTransitions transitions,
            ReturnViews views,
            CodeResolver codes,
            MovementLedger movements,
            AuditLog audit,
            ApplicationEventPublisher events,
            CurrentActor currentActor) {
        this.transitions = transitions;
        this.views = views;
        this.codes = codes;
        this.movements = movements;
        this.audit = audit;
        this.events = events;
        this.currentActor = currentActor;
    }

    @Override
    public ReturnCaseView correct(UUID caseId, Integer expectedVersion, Correction correction) {
        if (currentActor.require().role() != Role.COORDINATOR) {
            throw new AccessDeniedException("Only coordinators correct recorded arrivals");
        }
        Change change = transitions.begin(caseId, expectedVersion);
        ReturnCase returnCase = change.returnCase();
        CaseState state = returnCase.state;
        if (state.status != ReturnStatus.ARRIVED && state.status != ReturnStatus.MONITORED) {
            throw returnCase.refused(ReturnAction.CORRECT_ARRIVAL, Refusals.of(ReturnAction.CORRECT_ARRIVAL, state));
        }
        Problems problems = new Problems();
        Area community = codes.area("pcode", correction.pcode(), problems, false);
        Targets targets = ArrivalCorrectionRules.check(returnCase, correction, community, change.step(), problems);
        problems.throwIfAny();

        state.updateMembers(member -> {
            if (targets.notArrived().contains(member.personId())) {
                return member.pendingAgain();
            }
            if (targets.corrected().contains(member.personId())) {
                return member.arrived(
                        correction.date() == null ? member.arrivedOn() : correction.date(),
                        community == null ? member.arrivedPcode() : community.pcode());
            }
            return member;
        });
        state.firstArrivedOn = state.members.stream()
                .filter(member -> member.state() == MemberState.ARRIVED)
                .map(CaseMember::arrivedOn)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        if (state.status == ReturnStatus.ARRIVED) {
            state.statusDate = state.firstArrivedOn;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", correction.reason());
        detail.put("members", targets.corrected().size());
        if (!targets.notArrived().isEmpty()) {
            detail.put("notArrived", targets.notArrived().size());
        }
        LocalDate effective = correction.date() != null ? correction.date() : state.firstArrivedOn;
        returnCase.record(
                ReturnAction.CORRECT_ARRIVAL,
                state.status,
                effective,
                community == null ? null : community.pcode(),
                detail,
                change.step());
        transitions.save(change, ReturnAction.CORRECT_ARRIVAL, expectedVersion);
        List<CaseMember> corrected = state.members.stream()
                .filter(member -> targets.corrected().contains(member.personId()))
                .toList();
        movements.correctArrivals(caseId, corrected);
        movements.removeArrivals(caseId, targets.notArrived());
        audit.append(AuditRecord.updated(
                        CaseTransitions.ENTITY, caseId.toString(), List.of("members.arrivedOn", "members.arrivedPcode"))
                .withDetail("action", ReturnAction.CORRECT_ARRIVAL.code())
                .withDetail("reason", correction.reason()));
        events.publishEvent(new ReturnArrivalCorrected(
                caseId,
                state.householdId,
                List.copyOf(targets.corrected()),
                correction.date(),
                community == null ? null : community.pcode(),
                List.copyOf(targets.notArrived()),
                correction.reason()));
        return views.view(caseId);
    }

    /** Whose arrival is corrected, and who had not arrived after all. */
    record Targets(List<UUID> corrected, List<UUID> notArrived) {

        Targets {
            corrected = new ArrayList<>(corrected);
            notArrived = new ArrayList<>(notArrived);
        }
    }
}
