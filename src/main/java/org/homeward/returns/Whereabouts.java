package org.homeward.returns;

/** Where a monitoring visit found the returnees. */
public enum Whereabouts {
    STILL_THERE,
    MOVED_AGAIN,
    DISPLACED_AGAIN
}
