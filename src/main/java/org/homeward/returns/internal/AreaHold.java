package org.homeward.returns.internal;

import java.time.Instant;

/** An active hold on an area, as the workflow needs it. */
record AreaHold(long id, String pcode, String reason, Instant placedAt) {}
