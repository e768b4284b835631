package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The members of a case left where they were staying: a country of asylum, a place inside Syria, or a camp
 * ({@code fromSite}, whose population the sites module lowers).
 */
public record ReturnDeparted(
        UUID caseId,
        UUID householdId,
        List<UUID> personIds,
        LocalDate date,
        DisplacementType type,
        String fromCountry,
        String fromSite,
        String fromPcode,
        String destinationPcode)
        implements ReturnEvent {}
