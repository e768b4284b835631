package org.homeward.returns;

import java.util.List;
import java.util.UUID;

/**
 * A transition the case does not allow in its current state, or that a rule forbids (an area on hold, a withdrawn
 * declaration). Nothing was changed. Answered as 409 naming the current state and the actions that are allowed.
 */
public class TransitionRefused extends RuntimeException {

    private final UUID caseId;
    private final ReturnStatus currentState;
    private final String action;
    private final List<String> allowedActions;

    public TransitionRefused(
            UUID caseId, ReturnStatus currentState, ReturnAction action, List<ReturnAction> allowed, String detail) {
        super(detail);
        this.caseId = caseId;
        this.currentState = currentState;
        this.action = action.code();
        this.allowedActions = allowed.stream().map(ReturnAction::code).toList();
    }

    public UUID caseId() {
        return caseId;
    }

    public ReturnStatus currentState() {
        return currentState;
    }

    public String action() {
        return action;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
