package org.homeward.returns;

import java.time.Instant;

/** A hold on an area: while active, no case bound there is cleared or scheduled. */
public record AreaHoldView(
        long id,
        String pcode,
        String reason,
        Instant placedAt,
        String placedBy,
        Instant releasedAt,
        String releasedBy,
        int casesHeld) {

    public boolean active() {
        return releasedAt == null;
    }
}
