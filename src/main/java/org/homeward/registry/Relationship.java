package org.homeward.registry;

/** A member's relationship to the head of the household. */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    STEPCHILD,
    PARENT,
    SIBLING,
    GRANDCHILD,
    GRANDPARENT,
    OTHER_RELATIVE,
    NON_RELATIVE
}
