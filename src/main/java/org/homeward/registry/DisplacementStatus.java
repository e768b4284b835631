package org.homeward.registry;

/** Where a household stands in displacement; arrival of a return moves it to a RETURNED_ state. */
public enum DisplacementStatus {
    /** Abroad, in a country of asylum. */
    REFUGEE,
    /** Displaced inside Syria. */
    IDP,
    RETURNED_REFUGEE,
    RETURNED_IDP;

    public boolean isAbroad() {
        return this == REFUGEE;
    }
}
