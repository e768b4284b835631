package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Who travels in a convoy: counts by sex and age group for everyone; names only for caseworkers, and only of the
 * households they may see in full ({@code people} is null otherwise).
 */
public record ConvoyManifest(
        UUID convoyId,
        String reference,
        String crossingPointCode,
        LocalDate plannedDate,
        int total,
        List<Count> counts,
        List<Traveller> people) {

    public record Count(String sex, String ageGroup, int people) {}

    public record Traveller(String caseReference, UUID personId, String name, String sex, String ageGroup) {}
}
