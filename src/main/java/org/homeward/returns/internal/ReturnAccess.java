package org.homeward.returns.internal;

import java.util.UUID;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.Registry;
import org.homeward.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on return cases — decided by the registry, so that the rules live in one place: whoever
 * sees a household at all sees its case (non-personal facts), whoever may change the household acts on its case
 * (caseworkers and coordinators in scope, the partner that registered it). Analysts and administrators read. Only
 * coordinators put areas on hold.
 */
@Component
class ReturnAccess {

    private final CurrentActor currentActor;
    private final Registry registry;

    ReturnAccess(CurrentActor currentActor, Registry registry) {
        this.currentActor = currentActor;
        this.registry = registry;
    }

    Actor actor() {
        return currentActor.require();
    }

    /** The household's facts if the actor sees it; a case of a hidden household does not exist for the actor. */
    HouseholdFacts requireVisible(UUID caseId, UUID householdId) {
        return registry.facts(householdId).orElseThrow(() -> notFound(caseId));
    }

    boolean mayAct(UUID householdId) {
        return registry.mayChange(householdId);
    }

    /** The household's facts, if the actor may act on its return; refused otherwise. */
    HouseholdFacts requireChange(UUID caseId, UUID householdId) {
        HouseholdFacts facts = requireVisible(caseId, householdId);
        if (!registry.mayChange(householdId)) {
            throw new AccessDeniedException("You may not act on this household's return");
        }
        return facts;
    }

    Actor requireCoordinator() {
        Actor actor = actor();
        if (actor.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("Only coordinators put areas on hold and release them");
        }
        return actor;
    }

    static NotFoundException notFound(UUID caseId) {
        return new NotFoundException("return case", caseId.toString());
    }
}
