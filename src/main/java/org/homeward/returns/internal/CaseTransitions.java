package org.homeward.returns.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.identity.Actor;
import org.homeward.registry.HouseholdFacts;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnEvent;
import org.homeward.returns.ReturnStatus;
import org.homeward.shared.PreconditionFailedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The frame of every transition: load the case, check who acts and which version they mean, let the case change
 * itself, then save it first — conditional on the version read, so that of two clients moving one case at once
 * exactly one wins and the other changes nothing — and only then record the rest (movements, consent, audit,
 * events). Callers run in one transaction.
 */
@Component
class CaseTransitions {

    static final String ENTITY = "return-case";

    private final ReturnCaseStore store;
    private final ReturnAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseTransitions(
            ReturnCaseStore store, ReturnAccess access, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A case loaded for a change by the signed-in actor, with the household's facts and the step being taken. */
    record Change(ReturnCase returnCase, HouseholdFacts household, Actor actor, Step step) {}

    Change begin(UUID id, Integer expectedVersion) {
        Actor actor = access.actor();
        ReturnCase returnCase = store.find(id).orElseThrow(() -> ReturnAccess.notFound(id));
        HouseholdFacts household = access.requireChange(id, returnCase.state.householdId);
        if (expectedVersion != null && expectedVersion != returnCase.state.version) {
            throw PreconditionFailedException.stale(ENTITY, returnCase.state.version);
        }
        return new Change(returnCase, household, actor, step(actor));
    }

    /** The step the actor takes now; without an actor (a system reaction), recorded as "system". */
    Step step(Actor actor) {
        return actor == null
                ? Step.of("system", null, clock)
                : Step.of(actor.username(), actor.organisationCode(), clock);
    }

    /**
     * Saves the case, or refuses when another transition won the race: 412 if the client named the version it
     * changed, else 409 naming the state the case is in now.
     */
    void save(Change change, ReturnAction action, Integer expectedVersion) {
        ReturnCase returnCase = change.returnCase();
        UUID id = returnCase.state.id;
        if (!store.update(returnCase, change.step())) {
            if (expectedVersion != null) {
                throw PreconditionFailedException.stale(ENTITY, "a newer version");
            }
            ReturnCase now = store.find(id).orElseThrow(() -> ReturnAccess.notFound(id));
            throw now.refused(action, "the case was changed at the same time; it is now " + now.state.status);
        }
    }

    /** Audits the change and publishes the case's events; call after the movements and other records are written. */
    void finish(ReturnCase returnCase, ReturnAction action) {
        ReturnStatus status = returnCase.state.status;
        audit.append(AuditRecord.updated(ENTITY, returnCase.state.id.toString(), List.of("status"))
                .withDetail("action", action.code())
                .withDetail("status", status.name()));
        for (ReturnEvent event : returnCase.events()) {
            events.publishEvent(event);
        }
    }

    void saveAndFinish(Change change, ReturnAction action, Integer expectedVersion) {
        save(change, action, expectedVersion);
        finish(change.returnCase(), action);
    }
}
