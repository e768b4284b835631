package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A convoy as scheduling needs it: where and when it goes, whether it takes bookings, how many seats are free. */
record ConvoySeat(
        UUID id,
        String reference,
        String crossingPointCode,
        LocalDate plannedDate,
        boolean openForBooking,
        int freeSeats) {}
