package org.homeward.returns;

/** A hold on an area ended; {@code casesResumed} cases went back to the state they were in. */
public record AreaHoldReleased(long holdId, String pcode, int casesResumed) {}
