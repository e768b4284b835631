package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/**
 * What other modules (returns, statistics) need to know of a household without reading personal data:
 * status, places, and members by id, sex, birth year and relationship. Names, dates of birth, documents,
 * phone and notes stay in the registry.
 */
public record HouseholdFacts(
        UUID id,
        String reference,
        long organisationId,
        DisplacementStatus status,
        String originPcode,
        List<String> originAreas,
        String currentCountry,
        String currentPcode,
        String currentSite,
        List<String> currentAreas,
        int version,
        List<Member> members) {

    /**
     * @param birthYear from the exact date, the year, or the estimated age; null when unknown
     * @param needs specific-need categories, for counting returns by need (no sub-codes, no free text)
     */
    public record Member(UUID id, Relationship relationship, Sex sex, Integer birthYear, List<SpecificNeed> needs) {

        public Member {
            needs = needs == null ? List.of() : List.copyOf(needs);
        }

        public Member(UUID id, Relationship relationship, Sex sex, Integer birthYear) {
            this(id, relationship, sex, birthYear, List.of());
        }

        public boolean isAdultOn(java.time.LocalDate day) {
            return birthYear == null || day.getYear() - birthYear >= 18;
        }
    }
}
