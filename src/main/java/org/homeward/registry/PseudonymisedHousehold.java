package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/**
 * A household without personal data: reference, status, areas, and members by sex and age group only. No
 * names, dates of birth, documents, phone or notes.
 */
public record PseudonymisedHousehold(
        UUID id,
        String reference,
        DisplacementStatus displacementStatus,
        String originPcode,
        String currentCountry,
        String currentPcode,
        String currentSite,
        List<Member> members)
        implements HouseholdView {

    @Override
    public String access() {
        return "pseudonymised";
    }

    public record Member(String sex, String ageGroup) {}
}
