package org.homeward.returns.internal;

import java.time.LocalDate;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.returns.Transport;

/**
 * A schedule request with its codes resolved: {@code crossingPoint}, {@code destination} and {@code convoy} are null
 * when the request did not name them.
 */
record ScheduleInput(
        LocalDate plannedDate,
        Transport transport,
        CrossingPoint crossingPoint,
        Area destination,
        ConvoySeat convoy,
        CrossingPolicy crossingPolicy) {}
