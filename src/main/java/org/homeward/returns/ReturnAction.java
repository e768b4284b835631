package org.homeward.returns;

import java.util.Arrays;
import java.util.Optional;

/** What can be done to a case; {@link #code()} is the name in the API path and in refusals. */
public enum ReturnAction {
    OPEN("open"),
    COUNSEL("counsel"),
    SIGN_DECLARATION("sign-declaration"),
    CLEAR("clear"),
    SCHEDULE("schedule"),
    /** Not a user action: what the cancellation of a convoy does to the cases booked on it. */
    UNSCHEDULE("unschedule"),
    DEPART("depart"),
    CROSS("cross"),
    ARRIVE("arrive"),
    /** A coordinator corrects a recorded arrival (not a transition: the status stays). */
    CORRECT_ARRIVAL("correct-arrival"),
    MONITOR("monitor"),
    WITHDRAW("withdraw"),
    CANCEL("cancel"),
    HOLD("hold"),
    RELEASE("release");

    private final String code;

    ReturnAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReturnAction> ofCode(String code) {
        return Arrays.stream(values())
                .filter(action -> action.code.equals(code))
                .findFirst();
    }
}
