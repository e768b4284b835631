package org.homeward.registry;

/** What a person consents to; each purpose is given and withdrawn on its own. */
public enum ConsentPurpose {
    REGISTRATION,
    /** Return assistance; a voluntary-return declaration is recorded as consent for this purpose. */
    RETURN,
    /** Sharing the person's data with one named partner organisation. */
    SHARING,
    FOLLOW_UP
}
