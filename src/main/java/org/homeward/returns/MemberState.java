package org.homeward.returns;

/** Where one member of a case stands: still to arrive, arrived (counted once), or withdrawn from the case. */
public enum MemberState {
    PENDING,
    ARRIVED,
    WITHDRAWN
}
