package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A convoy with its cases; {@code seatsTaken} counts the members of its cases who have not withdrawn. */
public record ConvoyView(
        UUID id,
        String reference,
        String crossingPointCode,
        LocalDate plannedDate,
        int capacity,
        int seatsTaken,
        Convoys.ConvoyStatus status,
        String organisation,
        int version,
        List<ConvoyCase> cases) {

    public record ConvoyCase(UUID caseId, String reference, ReturnStatus status, int members) {}
}
