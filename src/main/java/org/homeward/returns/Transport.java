package org.homeward.returns;

/** How a household travels. */
public enum Transport {
    /** An organised convoy (see {@link Convoys}). */
    CONVOY,
    SELF_ORGANISED,
    AIR
}
