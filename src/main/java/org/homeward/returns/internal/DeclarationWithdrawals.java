package org.homeward.returns.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.identity.CurrentActor;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.ConsentWithdrawalRecorded;
import org.homeward.registry.HouseholdChanged;
import org.homeward.registry.Registry;
import org.homeward.returns.ReturnAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reacts at once, inside the registry's transaction, to what the registry records about people in open cases:
 *
 * <ul>
 *   <li>A withdrawn RETURN consent is a withdrawal from the return. Before arrival it withdraws the whole case
 *       (principle 1: withdrawal stops the case; nothing penalises it, and the household may open a new case with
 *       those who still wish to go); after a partial arrival it withdraws that member, who has not arrived yet. It is
 *       recorded as the person who withdrew consent, by the actor who recorded the withdrawal.
 *   <li>A household that moved (while still displaced) keeps its cases' areas current for worklists.
 * </ul>
 *
 * Should a withdrawal ever reach the registry without this event, {@link DeclarationCheck} still stops the case at
 * clearance and departure.
 */
@Component
class DeclarationWithdrawals {

    private final ReturnCaseStore store;
    private final CaseTransitions transitions;
    private final CurrentActor currentActor;
    private final Registry registry;

    DeclarationWithdrawals(
            ReturnCaseStore store, CaseTransitions transitions, CurrentActor currentActor, Registry registry) {
        this.store = store;
        this.transitions = transitions;
        this.currentActor = currentActor;
        this.registry = registry;
    }

    @EventListener
    void on(ConsentWithdrawalRecorded withdrawal) {
        if (withdrawal.purpose() != ConsentPurpose.RETURN) {
            return;
        }
        Step step = currentActor.current().map(transitions::step).orElseGet(() -> transitions.step(null));
        for (UUID caseId : store.casesAwaiting(withdrawal.personId())) {
            ReturnCase returnCase = store.findForUpdate(caseId).orElseThrow();
            if (!returnCase.allows(ReturnAction.WITHDRAW)) {
                continue;
            }
            returnCase.withdrawByDeclaration(List.of(withdrawal.personId()), step);
            store.update(returnCase, step);
            transitions.finish(returnCase, ReturnAction.WITHDRAW);
        }
    }

    @EventListener
    void on(HouseholdChanged changed) {
        boolean moved = changed.changedFields().stream()
                .anyMatch(field -> field.startsWith("current") || field.startsWith("origin"));
        if (!moved || currentActor.current().isEmpty()) {
            return;
        }
        List<UUID> cases = store.casesOfHousehold(changed.householdId());
        if (cases.isEmpty()) {
            return;
        }
        registry.facts(changed.householdId())
                .ifPresent(household ->
                        cases.forEach(caseId -> store.updateHouseholdAreas(caseId, CaseOpener.areas(household))));
    }
}
