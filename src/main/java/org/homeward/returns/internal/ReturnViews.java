package org.homeward.returns.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.returns.MonitoringVisitView;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnCaseView.Hold;
import org.springframework.stereotype.Component;

/**
 * Builds what a case looks like to the signed-in actor. Free texts that may hold personal data (withdrawal and
 * cancellation reasons, the reason a case was held, safety concerns) appear only for actors who may act on the
 * household, and showing them is audited as a read of personal data.
 */
@Component
class ReturnViews {

    private final ReturnCaseStore store;
    private final MonitoringStore visits;
    private final ReturnAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReturnViews(ReturnCaseStore store, MonitoringStore visits, ReturnAccess access, AuditLog audit, Clock clock) {
        this.store = store;
        this.visits = visits;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case as the actor sees it; a case of a household hidden from the actor does not exist. */
    ReturnCaseView view(UUID id) {
        ReturnCase returnCase = store.find(id).orElseThrow(() -> ReturnAccess.notFound(id));
        access.requireVisible(id, returnCase.state.householdId);
        return view(returnCase, access.mayAct(returnCase.state.householdId));
    }

    ReturnCaseView view(ReturnCase returnCase, boolean mayAct) {
        CaseState s = returnCase.state;
        LocalDate today = LocalDate.now(clock);
        List<MonitoringVisitView> visitViews = visits.visits(s.id, today, mayAct);
        boolean personal = s.closingReason != null
                || (s.hold != null && s.hold.areaHoldId() == null)
                || visitViews.stream().anyMatch(visit -> visit.safetyConcerns() != null);
        if (mayAct && personal) {
            audit.append(AuditRecord.read(CaseTransitions.ENTITY, s.id.toString()));
        }
        Hold hold = s.hold;
        if (hold != null && !mayAct && hold.areaHoldId() == null) {
            hold = new Hold(hold.heldFrom(), null, null);
        }
        return new ReturnCaseView(
                s.id,
                s.reference,
                s.householdId,
                s.status,
                s.statusDate,
                hold,
                s.type,
                s.origin,
                s.destination.pcode(),
                s.members.stream().map(ReturnViews::member).toList(),
                s.counselling,
                s.declaration,
                s.plan,
                s.departure,
                s.crossing,
                s.firstArrivedOn,
                mayAct ? s.closingReason : null,
                s.version,
                returnCase.allowedActions().stream().map(ReturnAction::code).toList(),
                mayAct,
                store.timeline(s.id),
                visitViews);
    }

    private static ReturnCaseView.Member member(CaseMember member) {
        return new ReturnCaseView.Member(
                member.personId(),
                member.relationship(),
                member.sex(),
                member.birthYear(),
                member.state(),
                member.signed(),
                member.arrivedOn(),
                member.arrivedPcode());
    }
}
