package org.homeward.returns;

/** A coordinator put an area on hold; {@code casesHeld} open cases bound there moved to ON_HOLD. */
public record AreaHoldPlaced(long holdId, String pcode, int casesHeld) {}
