package org.homeward.returns.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.geography.Area;
import org.homeward.identity.Actor;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.Registry;
import org.homeward.returns.ReturnEvent;
import org.homeward.returns.Returns.Opening;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Opens cases: one open case per person at a time, for households the actor may act for. */
@Component
class CaseOpener {

    private final ReturnCaseStore store;
    private final ReturnAccess access;
    private final Registry registry;
    private final CodeResolver codes;
    private final CaseTransitions transitions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CaseOpener(
            ReturnCaseStore store,
            ReturnAccess access,
            Registry registry,
            CodeResolver codes,
            CaseTransitions transitions,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.registry = registry;
        this.codes = codes;
        this.transitions = transitions;
        this.audit = audit;
        this.events = events;
    }

    ReturnCase open(Opening opening) {
        Actor actor = access.actor();
        Problems problems = new Problems();
        if (opening.householdId() == null) {
            problems.add("householdId", "required", "the household whose members intend to return");
        }
        Area destination = codes.area("intendedDestinationPcode", opening.intendedDestinationPcode(), problems, true);
        problems.throwIfAny();
        HouseholdFacts household = registry.facts(opening.householdId())
                .orElseThrow(() ->
                        new NotFoundException("household", opening.householdId().toString()));
        if (!access.mayAct(household.id())) {
            throw new AccessDeniedException("You may not act on this household's return");
        }
        List<UUID> members = opening.memberIds() == null ? List.of() : opening.memberIds();
        store.activeCaseOf(members).ifPresent(reference -> {
            throw inOpenCase(reference);
        });
        Step step = transitions.step(actor).on(opening.date(), "date");
        ReturnCase opened = CaseOpening.open(
                UUID.randomUUID(), store.nextReference(), household, areas(household), members, destination, step);
        try {
            store.insert(opened, step);
        } catch (DuplicateKeyException raced) {
            throw inOpenCase("opened at the same time");
        }
        audit.append(AuditRecord.created(CaseTransitions.ENTITY, opened.state.id.toString()));
        for (ReturnEvent event : opened.events()) {
            events.publishEvent(event);
        }
        return opened;
    }

    private static ConflictException inOpenCase(String reference) {
        return new ConflictException(
                "member-in-open-case", "a member is already on the way home in open return case " + reference);
    }

    /** The household's areas (origin and current, with the areas above them) for lists and worklists. */
    static List<String> areas(HouseholdFacts household) {
        LinkedHashSet<String> areas = new LinkedHashSet<>(household.originAreas());
        areas.addAll(household.currentAreas());
        return new ArrayList<>(areas);
    }
}
