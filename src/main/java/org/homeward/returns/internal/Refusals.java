package org.homeward.returns.internal;

import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnStatus;

/** Why an action is refused in the current state, in words a caseworker understands. */
final class Refusals {

    private Refusals() {}

    static String of(ReturnAction action, CaseState state) {
        if (state.status.isClosed()) {
            return "the case is " + state.status.name().toLowerCase(java.util.Locale.ROOT)
                    + ": nothing more can happen to it";
        }
        return switch (action) {
            case OPEN -> "the case is open already";
            case COUNSEL -> "only a case with a recorded intention can be counselled";
            case SIGN_DECLARATION -> "the declaration is signed after counselling: only a counselled case can sign it";
            case CLEAR -> "only a case with a signed declaration can be cleared";
            case SCHEDULE -> "only a cleared case can be scheduled";
            case UNSCHEDULE -> "only a case scheduled on a convoy is unscheduled, when the convoy is cancelled";
            case DEPART -> "only a scheduled case can depart";
            case CROSS ->
                state.type == DisplacementType.IDP
                        ? "an IDP return crosses no border"
                        : "only a departed refugee return can cross";
            case ARRIVE -> arrivalRefusal(state);
            case MONITOR -> "only a case that has arrived is monitored";
            case CORRECT_ARRIVAL -> "only the arrival of a case that has arrived can be corrected";
            case WITHDRAW ->
                state.status.isBeforeArrival()
                        ? "the case cannot be withdrawn now"
                        : "everyone in the case has arrived: a withdrawal is possible only before arrival";
            case CANCEL -> "only a case that has not arrived can be cancelled";
            case HOLD -> "only a case that has not departed can be put on hold";
            case RELEASE ->
                state.status == ReturnStatus.ON_HOLD
                        ? "the case is held because its destination area " + "is on hold (area hold "
                                + state.hold.areaHoldId() + "): a coordinator releases the area"
                        : "only a case on hold can be released";
        };
    }

    private static String arrivalRefusal(CaseState state) {
        if (state.status == ReturnStatus.DEPARTED && state.type == DisplacementType.REFUGEE) {
            return "a refugee return arrives after crossing into Syria";
        }
        if (state.status == ReturnStatus.ARRIVED || state.status == ReturnStatus.MONITORED) {
            return "every member of the case has arrived or withdrawn";
        }
        return "only a case on its way (departed, or crossed for refugees) can arrive";
    }
}
