package org.homeward.returns;

/** Where a return case stands. */
public enum ReturnStatus {
    INTENTION_RECORDED,
    COUNSELLED,
    DECLARATION_SIGNED,
    CLEARED,
    SCHEDULED,
    DEPARTED,
    CROSSED,
    ARRIVED,
    MONITORED,
    WITHDRAWN,
    CANCELLED,
    ON_HOLD;

    /** Not yet on the move: an area hold stops these cases. */
    public boolean isBeforeDeparture() {
        return switch (this) {
            case INTENTION_RECORDED, COUNSELLED, DECLARATION_SIGNED, CLEARED, SCHEDULED -> true;
            default -> false;
        };
    }

    /** Still open and nobody has arrived: the household may withdraw, a caseworker may cancel. */
    public boolean isBeforeArrival() {
        return isBeforeDeparture() || this == DEPARTED || this == CROSSED || this == ON_HOLD;
    }

    public boolean isClosed() {
        return this == WITHDRAWN || this == CANCELLED;
    }
}
