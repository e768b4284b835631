package org.homeward.statistics;

/** What reconciliation found wrong with a set of figures (see docs/reconciliation.md). */
public enum FindingKind {
    /** A source's parts (IDP and refugee returnees) do not add up to its total. */
    PARTS_DO_NOT_SUM,
    /** Two sources give different figures for the same indicator, period and area. */
    SOURCES_DISAGREE,
    /** A source's cumulative figure is smaller than one it gave earlier from the same start date. */
    CUMULATIVE_SHRINKS,
    /** A reported figure differs from what Homeward's records count for the same period and area. */
    REGISTRY_DIFFERS
}
