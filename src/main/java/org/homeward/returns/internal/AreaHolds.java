package org.homeward.returns.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Actor;
import org.homeward.returns.AreaHoldPlaced;
import org.homeward.returns.AreaHoldReleased;
import org.homeward.returns.AreaHoldView;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.Returns.AreaHoldRequest;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Holds on areas. Placing one stops every case bound there that has not departed (ON_HOLD, remembering the state it
 * was in); releasing it resumes them, except cases another active hold still covers, which pass to that hold.
 * Cases already on the road are not stopped: the people are travelling, and their arrival is recorded wherever
 * they arrive. Each held case is locked while it changes, so a hold never loses a race with a transition.
 */
@Component
class AreaHolds {

    private static final String ENTITY = "return-area-hold";

    private final AreaHoldStore holds;
    private final ReturnCaseStore cases;
    private final ReturnAccess access;
    private final CaseTransitions transitions;
    private final CodeResolver codes;
    private final Gazetteer gazetteer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AreaHolds(
            AreaHoldStore holds,
            ReturnCaseStore cases,
            ReturnAccess access,
            CaseTransitions transitions,
            CodeResolver codes,
            Gazetteer gazetteer,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.holds = holds;
        this.cases = cases;
        this.access = access;
        this.transitions = transitions;
        this.codes = codes;
        this.gazetteer = gazetteer;
        this.audit = audit;
        this.events = events;
    }

    AreaHoldView place(AreaHoldRequest request) {
        Actor actor = access.requireCoordinator();
        Problems problems = new Problems();
        Area area = codes.area("pcode", request.pcode(), problems, true);
        String reason = problems.text("reason", request.reason(), Problems.MAX_REASON);
        problems.throwIfAny();
        if (!actor.hasWholeCountry()
                && actor.areaScopes().stream().noneMatch(scope -> gazetteer.isWithin(area.pcode(), scope))) {
            throw new AccessDeniedException("The area is outside your areas");
        }
        Step step = transitions.step(actor);
        long id = holds.insert(area.pcode(), reason, step);
        int held = 0;
        for (UUID caseId : cases.openCasesBoundTo(area.pcode())) {
            ReturnCase returnCase = cases.findForUpdate(caseId).orElseThrow();
            if (returnCase.allows(ReturnAction.HOLD)) {
                returnCase.hold(reason, id, step);
                cases.update(returnCase, step);
                transitions.finish(returnCase, ReturnAction.HOLD);
                held++;
            }
        }
        audit.append(AuditRecord.created(ENTITY, Long.toString(id)).withDetail("pcode", area.pcode()));
        events.publishEvent(new AreaHoldPlaced(id, area.pcode(), held));
        return holds.find(id).orElseThrow();
    }

    AreaHoldView release(long id) {
        Actor actor = access.requireCoordinator();
        AreaHoldView hold = holds.find(id).orElseThrow(() -> new NotFoundException("area hold", Long.toString(id)));
        Step step = transitions.step(actor);
        if (!holds.release(id, step)) {
            throw new ConflictException("hold-released", "area hold " + id + " was released already");
        }
        List<UUID> held = cases.casesHeldBy(id);
        int resumed = 0;
        for (UUID caseId : held) {
            ReturnCase returnCase = cases.findForUpdate(caseId).orElseThrow();
            returnCase.releaseArea(id, holds.covering(returnCase.state.destination), step);
            if (returnCase.recorded().isEmpty()) {
                continue;
            }
            cases.update(returnCase, step);
            transitions.finish(returnCase, ReturnAction.RELEASE);
            if (returnCase.state.hold == null) {
                resumed++;
            }
        }
        audit.append(AuditRecord.updated(ENTITY, Long.toString(id), List.of("released")));
        events.publishEvent(new AreaHoldReleased(id, hold.pcode(), resumed));
        return holds.find(id).orElseThrow();
    }
}
